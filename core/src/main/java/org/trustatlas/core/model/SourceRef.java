package org.trustatlas.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trustatlas.core.internal.Require;

/**
 * An external source from the pack's bibliography: a paper, a book, an official page.
 *
 * @param key the bibliography key concepts and relations cite, such as {@code rempel-1985}
 * @param url where a reader can find it; absent for books without a stable address
 */
public record SourceRef(String key, String title, List<String> authors, int year, Optional<String> url) {

  public SourceRef {
    key = Require.text(key, "source key");
    if (!ConceptId.isValid(key)) {
      throw new IllegalArgumentException("source key '" + key + "' must be lower-kebab-case, such as rempel-1985");
    }
    title = Require.text(title, "source '" + key + "' title");
    authors = Require.list(authors, "source '" + key + "' authors");
    if (authors.isEmpty()) {
      throw new IllegalArgumentException("source '" + key + "' needs at least one author or organisation");
    }
    if (year < 1800 || year > 2100) {
      throw new IllegalArgumentException("source '" + key + "' year " + year + " is not between 1800 and 2100");
    }
    Objects.requireNonNull(url, "source '" + key + "' url must not be null; use Optional.empty()");
  }

  // Hand-written for the same start-up reason as ConceptId's: every citation list is de-duplicated
  // by hash, and the generated record methods bootstrap a chain of method handles on first use.
  @Override
  public boolean equals(Object other) {
    return other instanceof SourceRef that && year == that.year && key.equals(that.key) && title.equals(that.title)
        && authors.equals(that.authors) && url.equals(that.url);
  }

  @Override
  public int hashCode() {
    // Key and year only: equal sources share them, and a plan hashes each of its sources several times.
    return key.hashCode() * 31 + year;
  }

  /** A short form for lists: "Rempel et al. (1985)". */
  public String shortCitation() {
    String first = authors.get(0);
    String surname = first.contains(",") ? first.substring(0, first.indexOf(',')) : first;
    String rest = authors.size() > 2 ? " et al." : authors.size() == 2 ? " & " + surnameOf(authors.get(1)) : "";
    return surname + rest + " (" + year + ")";
  }

  private static String surnameOf(String author) {
    return author.contains(",") ? author.substring(0, author.indexOf(',')) : author;
  }
}
