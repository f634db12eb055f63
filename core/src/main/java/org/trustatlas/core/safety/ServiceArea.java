package org.trustatlas.core.safety;

import java.util.Objects;
import java.util.regex.Pattern;
import org.trustatlas.core.internal.Require;

/**
 * The part of a region a service covers, such as Scotland ({@code GB-SCT}) or Ontario
 * ({@code CA-ON}): an ISO 3166-2 subdivision code for programs, and its name for readers.
 */
public record ServiceArea(String code, String name) {

  private static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

  public ServiceArea {
    code = Require.text(code, "area code");
    if (!SUBDIVISION.matcher(code).matches()) {
      throw new IllegalArgumentException("area code '" + code + "' is not an ISO 3166-2 subdivision code such as "
          + "GB-SCT or CA-ON");
    }
    name = Require.text(name, "area '" + code + "' name");
  }

  /** Whether the code belongs to {@code region}: GB-SCT to GB, not to CA. */
  public boolean within(Region region) {
    Objects.requireNonNull(region, "region must not be null");
    return code.startsWith(region.code() + "-");
  }

  @Override
  public String toString() {
    return name;
  }
}
