package org.trustatlas.core.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.trustatlas.core.internal.OwnResource;

/**
 * The English name of every ISO 3166 country ("United Kingdom" for GB), from a table kept with the
 * code ({@code country-names.tsv}) rather than the JDK's locale names, whose first use costs a
 * short run several milliseconds and whose wording changes between JDKs.
 */
public final class CountryNames {

  private CountryNames() {}

  /** The English name of the country with this alpha-2 code; the JDK's name for a code the table lacks. */
  public static String of(String code) {
    String name = Table.NAMES.get(code);
    return name != null ? name : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
  }

  /** Every code and its name, in code order. */
  public static Map<String, String> all() {
    return Table.NAMES;
  }

  private static final class Table {
    static final Map<String, String> NAMES = read();
  }

  private static Map<String, String> read() {
    Map<String, String> names = new LinkedHashMap<>();
    try (InputStream in = OwnResource.open(CountryNames.class, "country-names.tsv")) {
      if (in == null) {
        throw new IllegalStateException("country-names.tsv is missing from the build");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        int tab = line.indexOf('\t');
        if (!line.startsWith("#") && tab > 0) {
          names.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(names);
  }
}
