package org.trustatlas.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.trustatlas.content.internal.PackReader;
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

  /** Lazy holder: the bundled pack is read on first use, not when this class loads. */
  private static final class Bundled {
    static final TrustAtlas INSTANCE = load(BundledPack.folder());
  }
}
