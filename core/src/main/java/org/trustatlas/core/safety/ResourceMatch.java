package org.trustatlas.core.safety;

import java.util.List;
import java.util.Objects;

/**
 * The services of one type for one region.
 *
 * @param fallback true when the region has none of that type and these come from the
 *     international directory; front ends say so, so the reader knows to look for a local service
 */
public record ResourceMatch(Region region, ServiceType type, List<CrisisResource> resources, boolean fallback) {

  public ResourceMatch {
    Objects.requireNonNull(region, "region must not be null");
    Objects.requireNonNull(type, "type must not be null");
    resources = List.copyOf(resources);
  }

  /** Whether no service matched. */
  public boolean isEmpty() {
    return resources.isEmpty();
  }
}
