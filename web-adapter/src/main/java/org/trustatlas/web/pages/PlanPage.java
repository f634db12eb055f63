package org.trustatlas.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptKind;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.web.http.CachePolicy;
import org.trustatlas.web.http.PlanRequests;
import org.trustatlas.web.http.ProblemException;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;
import org.trustatlas.web.pages.Views.FormError;
import org.trustatlas.web.pages.Views.Option;
import org.trustatlas.web.pages.Views.PlanFormView;
import org.trustatlas.web.pages.Views.PlanPageView;
import org.trustatlas.web.pages.Views.PlanView;

/**
 * {@code /plan}: what happened, who the reader is in it, the safety questions ("not sure" always
 * allowed) and the region, then the plan with its safety block first. The answers are posted, never
 * put in an address, never stored or logged, and the answer page is never cached.
 */
final class PlanPage implements RouteGroup {

  static final String PATH = "/plan";

  private final Pages pages;
  private final TrustAtlas atlas;
  private final SafetyViews safety;
  private final PlanViews views;
  private final PlanRequests plans;

  PlanPage(Pages pages, TrustAtlas atlas) {
    this.pages = pages;
    this.atlas = atlas;
    this.safety = new SafetyViews(atlas);
    this.views = new PlanViews(atlas, safety);
    this.plans = new PlanRequests(atlas);
  }

  /** What the reader chose, as the form sent it. */
  private record Chosen(List<String> challenges, String role, Map<SafetyFlag, String> flags, List<String> aggravators,
      Region region) {}

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(PATH, this::get);
    routes.post(PATH, this::post);
  }

  private void get(Context ctx) {
    QueryParams.of(ctx);
    Region region = Regions.fromLanguage(ctx.header(Header.ACCEPT_LANGUAGE), atlas.resourceDirectory().regions());
    ctx.header(Header.VARY, Header.ACCEPT_LANGUAGE);
    Chosen none = new Chosen(List.of(), "", Map.of(), List.of(), region);
    pages.page(PATH + "?region=" + region.code(), PATH, "plan", "plan",
        () -> new PlanPageView(form(none), Optional.empty(), List.of())).send(ctx);
  }

  private void post(Context ctx) {
    QueryParams.of(ctx);
    Map<String, List<String>> form = QueryParams.formFields(ctx);
    ctx.header(Header.CACHE_CONTROL, CachePolicy.NO_STORE.header());
    Map<String, String> flags = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> field : form.entrySet()) {
      String name = field.getKey();
      if (name.startsWith("flag-")) {
        flags.put(name.substring("flag-".length()), last(field.getValue()));
      } else if (!List.of("challenge", "role", "aggravator", "region").contains(name)) {
        throw QueryParams.noSuchField("plan", name);
      }
    }
    PlanRequests.Input input = new PlanRequests.Input(values(form, "challenge"),
        Optional.ofNullable(form.get("role")).map(PlanPage::last).filter(r -> !r.isBlank()), flags,
        values(form, "aggravator"), Optional.ofNullable(form.get("region")).map(PlanPage::last));
    Optional<PlanView> plan = Optional.empty();
    List<FormError> errors = new ArrayList<>();
    try {
      RepairPlan repairPlan = plans.plan(input);
      plan = Optional.of(views.of(repairPlan));
    } catch (ProblemException mistake) {
      errors.add(new FormError(field(mistake.problem().extras().getOrDefault("pointer", "")), mistake.problem().detail()));
      ctx.status(400);
    }
    ctx.html(pages.html(PATH, "plan", "plan", new PlanPageView(form(chosen(input, flags)), plan, errors)));
  }

  private static String last(List<String> values) {
    return values.isEmpty() ? "" : values.get(values.size() - 1);
  }

  private static List<String> values(Map<String, List<String>> form, String name) {
    return form.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
  }

  private Chosen chosen(PlanRequests.Input input, Map<String, String> flags) {
    Map<SafetyFlag, String> states = new LinkedHashMap<>();
    flags.forEach((name, state) -> {
      for (SafetyFlag flag : SafetyFlag.values()) {
        if (flag.slug().equals(name)) {
          states.put(flag, state);
        }
      }
    });
    Region region = input.region().filter(Region::isValid).map(Region::of).orElse(Region.INTERNATIONAL);
    return new Chosen(input.challenges(), input.role().orElse(""), states, input.aggravators(), region);
  }

  /** The id of the first control of the field a problem's pointer names, for the error summary's link. */
  private String field(String pointer) {
    if (pointer.startsWith("/challenges")) {
      return "challenge-" + first(ConceptKind.CHALLENGE);
    }
    if (pointer.startsWith("/aggravators")) {
      return "aggravator-" + first(ConceptKind.AGGRAVATOR);
    }
    if (pointer.startsWith("/role")) {
      return "role-" + atlas.wording().roles().get(0).role().slug();
    }
    if (pointer.startsWith("/flags/")) {
      return "flag-" + pointer.substring("/flags/".length()) + "-yes";
    }
    return "region";
  }

  private String first(ConceptKind kind) {
    return atlas.atlas().concepts(kind).stream().findFirst().map(c -> c.id().value()).orElse("");
  }

  private PlanFormView form(Chosen chosen) {
    List<Option> challenges = atlas.atlas().concepts(ConceptKind.CHALLENGE).stream()
        .map(c -> option(c, chosen.challenges().contains(c.id().value()))).toList();
    List<Option> aggravators = atlas.atlas().concepts(ConceptKind.AGGRAVATOR).stream()
        .map(c -> option(c, chosen.aggravators().contains(c.id().value()))).toList();
    Wording wording = atlas.wording();
    List<Option> roles = wording.roles().stream().map(r -> new Option(r.role().slug(), r.choice(), Optional.empty(),
        r.role().slug().equals(chosen.role()))).toList();
    return new PlanFormView(challenges, roles, FlagWords.questions(wording, chosen.flags()), aggravators,
        safety.regions(List.copyOf(atlas.resourceDirectory().regions()), chosen.region()));
  }

  /** A choice with the first sentence of the concept's summary as its hint; the topic page has the rest. */
  private static Option option(Concept concept, boolean checked) {
    String summary = concept.summary();
    int end = summary.indexOf(". ");
    return new Option(concept.id().value(), concept.label(),
        Optional.of(end < 0 ? summary : summary.substring(0, end + 1)), checked);
  }
}
