package org.trustatlas.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.trustatlas.content.internal.PackReader;
import org.trustatlas.content.search.ConceptSearch;
import org.trustatlas.content.search.SearchResults;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.PackInfo;

/**
 * The entry point for programs that embed Trust Atlas.
 *
 * <pre>{@code
 * TrustAtlas atlas = TrustAtlas.bundled();
 * atlas.atlas().concept("infidelity").ifPresent(c -> System.out.println(c.summary()));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class TrustAtlas {

  private final Atlas atlas;
  private volatile ConceptSearch search;

  private TrustAtlas(Atlas atlas) {
    this.atlas = Objects.requireNonNull(atlas, "atlas");
  }

  /** The pack that ships with the library. Loaded once per class loader, then shared. */
  public static TrustAtlas bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Loads the pack in {@code folder}.
   *
   * @throws PackLoadException listing every problem, when the pack is not valid; nothing is loaded
   */
  public static TrustAtlas load(Path folder) {
    return new TrustAtlas(PackReader.read(folder));
  }

  /** Every problem in the pack at {@code folder}; an empty list means it loads. */
  public static List<PackProblem> validate(Path folder) {
    try {
      PackReader.read(folder);
      return List.of();
    } catch (PackLoadException invalid) {
      return invalid.problems();
    }
  }

  /** The concepts and relations, with typed, indexed queries. */
  public Atlas atlas() {
    return atlas;
  }

  public PackInfo pack() {
    return atlas.pack();
  }

  /**
   * The concepts a reader's words most likely mean, best first: "my partner cheated" finds
   * infidelity. The index is built once, on the first search, and shared by every later one.
   *
   * @throws IllegalArgumentException for a blank or over-long query or a limit outside 1 to 50
   */
  public SearchResults search(String query, int limit) {
    return searchIndex().search(query, limit);
  }

  private ConceptSearch searchIndex() {
    ConceptSearch index = search;
    if (index == null) {
      synchronized (this) {
        index = search;
        if (index == null) {
          index = ConceptSearch.index(atlas);
          search = index;
        }
      }
    }
    return index;
  }

  /** Lazy holder: the bundled pack is read on first use, not when this class loads. */
  private static final class Bundled {
    static final TrustAtlas INSTANCE = new TrustAtlas(BundledPack.atlas());
  }
}
