package org.trustatlas.content.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustatlas.content.input.Quote;
import org.trustatlas.core.dynamics.DynamicsParameters;
import org.trustatlas.core.dynamics.Parameter;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.model.SourceRef;
import org.trustatlas.core.internal.Suggestions;

/**
 * The simulator's part of a pack: its parameters ({@code dynamics.yaml}) and named scenarios
 * ({@code scenarios.yaml}). A pack without these files gets the default parameters and no scenarios.
 */
public record DynamicsContent(DynamicsParameters parameters, List<Scenario> scenarios) {

  static final String PARAMETERS = "dynamics.yaml";
  static final String SCENARIOS = "scenarios.yaml";

  public DynamicsContent {
    scenarios = List.copyOf(scenarios);
  }

  static Optional<DynamicsParameters> parameters(YamlDocument doc, Map<String, SourceRef> bibliography,
      Problems problems) {
    List<Parameter> parameters = new ArrayList<>();
    boolean ok = true;
    for (Located<DynamicsFile.Entry> entry : FileShape.entries(doc, "parameters", DynamicsFile.Entry.class, problems)) {
      DynamicsFile.Entry e = entry.value();
      if (e == null) {
        ok = false;
      } else if (!DynamicsParameters.names().contains(e.name())) {
        entry.report(problems, "name", "unknown parameter " + Quote.of(e.name())
            + Suggestions.hint(e.name(), DynamicsParameters.names()) + "; the parameters are "
            + String.join(", ", DynamicsParameters.names()));
        ok = false;
      } else if (!bibliography.containsKey(e.source())) {
        entry.report(problems, "source", "unknown source '" + e.source() + "'; add it to the bibliography in pack.yaml"
            + Suggestions.hint(e.source(), bibliography.keySet()));
        ok = false;
      } else {
        try {
          parameters.add(new Parameter(e.name(), e.value(), e.source(), e.note()));
        } catch (IllegalArgumentException invalid) {
          entry.report(problems, "value", invalid.getMessage());
          ok = false;
        }
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    try {
      return Optional.of(DynamicsParameters.of(parameters));
    } catch (IllegalArgumentException invalid) {
      doc.report(problems, "/parameters", invalid.getMessage());
      return Optional.empty();
    }
  }

  /** Every scenario in {@code doc}; a broken one is reported and left out, ids must be unique. */
  static List<Scenario> scenarios(YamlDocument doc, Problems problems) {
    List<Scenario> scenarios = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Located<ScenariosFile.Scenario> entry : FileShape.entries(doc, "scenarios", ScenariosFile.Scenario.class,
        problems)) {
      if (entry.value() == null) {
        continue;
      }
      Optional<Scenario> scenario = ScenarioReader.read(entry, problems);
      if (scenario.isPresent() && !ids.add(scenario.get().id())) {
        entry.report(problems, "id", "duplicate scenario id '" + scenario.get().id() + "'");
      } else {
        scenario.ifPresent(scenarios::add);
      }
    }
    return scenarios;
  }
}
