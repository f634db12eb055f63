package org.trustatlas.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.web.http.CachePolicy;
import org.trustatlas.web.http.ProblemException;
import org.trustatlas.web.http.Problems;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;
import org.trustatlas.web.http.SimulationRequests;
import org.trustatlas.web.pages.Views.FormError;
import org.trustatlas.web.pages.Views.ScenarioOption;
import org.trustatlas.web.pages.Views.SimulationView;
import org.trustatlas.web.pages.Views.SimulatorView;

/**
 * {@code /simulator}: choose a named scenario or write one, and see how trust moves week by week, as
 * a chart drawn on the server, a paragraph and a table. The forms post here, so nothing the reader
 * chose or wrote enters the address bar; {@code GET /simulator?scenario=} works for links. Mistakes
 * come back on the same page, next to the field, with status 400.
 */
final class SimulatorPage implements RouteGroup {

  static final String PATH = "/simulator";

  /** Where a reader writing a scenario starts; it is one entry of {@code scenarios.yaml}. */
  static final String EXAMPLE = """
      id: my-scenario
      title: My own scenario
      description: A broken agreement in week 10, an apology, then reliable care every other week.
      steps: 52
      events:
        - {at: 10, type: violation, violation: integrity, severity: 0.6, deceptive: false, disclosure: disclosed}
        - {at: 11, type: response, response: apology}
        - {at: 12, every: 2, until: 52, type: positive-act, magnitude: 0.5}
      """;

  private static final Set<String> FORM_FIELDS = Set.of("scenario", "steps", "events");

  private final Pages pages;
  private final TrustAtlas atlas;

  SimulatorPage(Pages pages, TrustAtlas atlas) {
    this.pages = pages;
    this.atlas = atlas;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(PATH, this::get);
    routes.post(PATH, this::post);
  }

  private void get(Context ctx) {
    QueryParams query = QueryParams.of(ctx, "scenario", "steps");
    Optional<String> id = query.optional("scenario");
    if (id.isEmpty() && query.optional("steps").isEmpty()) {
      pages.page(PATH, "simulator", "simulator", () -> form(firstId(), "", EXAMPLE)).send(ctx);
      return;
    }
    answer(ctx, id.orElse(""), query.optional("steps").orElse(""), null);
  }

  private void post(Context ctx) {
    QueryParams.of(ctx);
    Map<String, List<String>> form = QueryParams.formFields(ctx);
    for (String name : form.keySet()) {
      if (!FORM_FIELDS.contains(name)) {
        throw QueryParams.noSuchField("simulator", name);
      }
    }
    answer(ctx, first(form, "scenario"), first(form, "steps"), form.containsKey("events") ? first(form, "events") : null);
  }

  private static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? "" : values.get(0);
  }

  /** Runs what was asked: the written scenario when {@code events} is given, else the named one. */
  private void answer(Context ctx, String id, String steps, String events) {
    ctx.header(Header.CACHE_CONTROL, CachePolicy.NO_STORE.header());
    boolean written = events != null;
    String selected = written || atlas.scenario(id.strip()).isEmpty() ? firstId() : id.strip();
    String text = written ? events : EXAMPLE;
    List<FormError> errors = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Optional<SimulationView> result = Optional.empty();
    try {
      Scenario scenario = written ? SimulationRequests.written(text) : named(id, steps);
      Simulation simulation = SimulationRequests.run(atlas, scenario);
      result = Optional.of(SimulationViews.of(simulation));
    } catch (ProblemException refused) {
      errors.add(new FormError(field(written, refused, selected), refused.problem().detail()));
      refused.problem().problems().forEach(p -> problems.add("Line " + p.line() + ", column " + p.column() + ": "
          + p.message()));
      ctx.status(refused.problem().status());
    }
    SimulatorView view = new SimulatorView(options(selected), written ? "" : steps.strip(), text, result, errors,
        problems);
    ctx.html(pages.html(PATH, "simulator", "simulator", view));
  }

  /** The form control a mistake is about, for the error summary's link. */
  private static String field(boolean written, ProblemException refused, String selected) {
    if (written) {
      return "events";
    }
    boolean steps = refused.problem().extras().getOrDefault("pointer", "").equals("/steps");
    return steps ? "steps" : "scenario-" + selected;
  }

  private Scenario named(String id, String steps) {
    if (id.isBlank()) {
      throw Problems.invalidBody("/scenario", "Choose a scenario to run.").toException();
    }
    return SimulationRequests.named(atlas, "scenario", id.strip(), weeks(steps), OptionalLong.empty());
  }

  private static OptionalInt weeks(String steps) {
    if (steps.isBlank()) {
      return OptionalInt.empty();
    }
    OptionalInt value = QueryParams.wholeNumber(steps.strip(), 1, Scenario.MAX_STEPS);
    if (value.isPresent()) {
      return value;
    }
    throw Problems.invalidBody("/steps", "The number of weeks must be a whole number from 1 to " + Scenario.MAX_STEPS
        + ", not " + Quote.of(steps.strip()) + ".").toException();
  }

  private SimulatorView form(String selected, String steps, String events) {
    return new SimulatorView(options(selected), steps, events, Optional.empty(), List.of(), List.of());
  }

  private List<ScenarioOption> options(String selected) {
    return atlas.scenarios().stream().map(s -> new ScenarioOption(s.id(), s.title(), s.description(), s.steps(),
        s.id().equals(selected))).toList();
  }

  private String firstId() {
    return atlas.scenarios().isEmpty() ? "" : atlas.scenarios().get(0).id();
  }
}
