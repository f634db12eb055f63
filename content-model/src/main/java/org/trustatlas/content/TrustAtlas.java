package org.trustatlas.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trustatlas.content.internal.DynamicsContent;
import org.trustatlas.content.internal.LoadedPack;
import org.trustatlas.content.internal.PackReader;
import org.trustatlas.content.search.ConceptSearch;
import org.trustatlas.content.search.SearchResults;
import org.trustatlas.core.dynamics.DynamicsParameters;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.dynamics.Simulator;
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
 * <p>Instances are immutable and thread-safe; build one and share it. Work a caller may never need
 * (the search index, the simulator's files of the bundled pack) happens once, on first use.
 */
public final class TrustAtlas {

  private final Atlas atlas;
  private final Lazy<DynamicsContent> dynamics;
  private final Lazy<ConceptSearch> search;

  private TrustAtlas(Atlas atlas, Lazy<DynamicsContent> dynamics) {
    this.atlas = Objects.requireNonNull(atlas, "atlas");
    this.dynamics = dynamics;
    this.search = Lazy.of(() -> ConceptSearch.index(atlas));
  }

  /** The pack that ships with the library. Loaded once per class loader, then shared. */
  public static TrustAtlas bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Loads the pack in {@code folder}, every file of it at once.
   *
   * @throws PackLoadException listing every problem, when the pack is not valid; nothing is loaded
   */
  public static TrustAtlas load(Path folder) {
    LoadedPack pack = PackReader.read(folder);
    return new TrustAtlas(pack.atlas(), Lazy.ready(pack.dynamics()));
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
   * infidelity.
   *
   * @throws IllegalArgumentException for a blank or over-long query or a limit outside 1 to 50
   */
  public SearchResults search(String query, int limit) {
    return search.get().search(query, limit);
  }

  /** The simulator's parameters, each with its source and a note on how it was chosen. */
  public DynamicsParameters dynamicsParameters() {
    return dynamics.get().parameters();
  }

  /** The pack's named scenarios, in pack order. */
  public List<Scenario> scenarios() {
    return dynamics.get().scenarios();
  }

  public Optional<Scenario> scenario(String id) {
    return scenarios().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Runs a scenario with this pack's parameters. Deterministic for a seed; every result carries the
   * notice that it illustrates published findings and predicts nothing about anyone's relationship.
   */
  public Simulation simulate(Scenario scenario) {
    return Simulator.with(dynamicsParameters()).run(scenario);
  }

  /**
   * Reads a scenario a reader or a program wrote (YAML or JSON, the shape of one entry of
   * {@code scenarios.yaml}).
   *
   * @param name what to call the text in problems, such as the file name or "request body"
   * @throws PackLoadException listing every problem with its line and column
   */
  public static Scenario readScenario(String name, String text) {
    return PackReader.readScenario(name, text);
  }

  /** Lazy holder: the bundled pack is read on first use, not when this class loads. */
  private static final class Bundled {
    static final TrustAtlas INSTANCE = bundled();

    private static TrustAtlas bundled() {
      Atlas atlas = BundledPack.atlas();
      return new TrustAtlas(atlas, Lazy.of(() -> PackReader.readDynamics(BundledPack.folder(), atlas)));
    }
  }
}
