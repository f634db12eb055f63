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
import org.trustatlas.core.checkin.CheckInStep;
import org.trustatlas.core.checkin.Choice;
import org.trustatlas.core.checkin.Question;
import org.trustatlas.core.checkin.Section;
import org.trustatlas.core.safety.Region;
import org.trustatlas.web.http.BodyLimits;
import org.trustatlas.web.http.CachePolicy;
import org.trustatlas.web.http.CheckInRequests;
import org.trustatlas.web.http.ProblemException;
import org.trustatlas.web.http.Problems;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;
import org.trustatlas.web.pages.Views.CheckInView;
import org.trustatlas.web.pages.Views.FormError;
import org.trustatlas.web.pages.Views.Option;
import org.trustatlas.web.pages.Views.QuestionGroup;
import org.trustatlas.web.pages.Views.QuestionView;

/**
 * {@code /check-in}: a short private reflection on one form, safety questions first, "not sure"
 * everywhere. The core reads the answers: a danger answer ends at once in resources and nothing
 * else; otherwise the reader sees the situation their answers describe and its plan. Answers are
 * posted, never stored, logged or put in an address, and the answer page is never cached.
 */
final class CheckInPage implements RouteGroup {

  static final String PATH = "/check-in";
  private static final String PREFIX = "q-";

  private final Pages pages;
  private final TrustAtlas atlas;
  private final PlanViews plans;

  CheckInPage(Pages pages, TrustAtlas atlas) {
    this.pages = pages;
    this.atlas = atlas;
    this.plans = new PlanViews(atlas.atlas());
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(PATH, ctx -> {
      QueryParams.of(ctx);
      pages.page(PATH, "checkin", "checkin", () -> questions(Map.of(), List.of())).send(ctx);
    });
    routes.post(PATH, this::post);
  }

  private void post(Context ctx) {
    QueryParams.of(ctx);
    BodyLimits.require(ctx, BodyLimits.FORM);
    ctx.header(Header.CACHE_CONTROL, CachePolicy.NO_STORE.header());
    Map<String, List<String>> answers = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> field : ctx.formParamMap().entrySet()) {
      if (!field.getKey().startsWith(PREFIX)) {
        throw Problems.badRequest("The check-in form has no field '" + field.getKey() + "'.").toException();
      }
      List<String> chosen = field.getValue().stream().filter(v -> !v.isBlank()).toList();
      if (!chosen.isEmpty()) {
        answers.put(field.getKey().substring(PREFIX.length()), chosen);
      }
    }
    Region region = Regions.fromLanguage(ctx.header(Header.ACCEPT_LANGUAGE), atlas.resourceDirectory().regions());
    CheckInView view;
    try {
      view = ending(CheckInRequests.run(atlas, answers, region));
    } catch (ProblemException mistake) {
      ctx.status(400);
      view = questions(answers, List.of(new FormError(firstQuestion(), mistake.problem().detail())));
    }
    ctx.html(pages.html(PATH, "checkin", "checkin", view));
  }

  private CheckInView ending(CheckInStep step) {
    if (step instanceof CheckInStep.StopHere stop) {
      return new CheckInView(List.of(), Optional.of("stop"), Optional.of(CheckInStep.StopHere.MESSAGE),
          Optional.of(SafetyViews.block(stop.resources())), Optional.empty(), List.of());
    }
    if (step instanceof CheckInStep.Planned planned) {
      return new CheckInView(List.of(), Optional.of("plan"), Optional.empty(), Optional.empty(),
          Optional.of(plans.of(planned.plan())), List.of());
    }
    if (step instanceof CheckInStep.NothingNamed nothing) {
      return new CheckInView(List.of(), Optional.of("nothing"), Optional.empty(),
          Optional.of(SafetyViews.block(nothing.resources())), Optional.empty(), List.of());
    }
    throw new IllegalStateException("a whole check-in always ends; it stopped at " + step);
  }

  private String firstQuestion() {
    Question first = atlas.checkIn().questions().get(0);
    return "q-" + first.id() + "-" + first.choices().get(0).id();
  }

  private CheckInView questions(Map<String, List<String>> answers, List<FormError> errors) {
    List<QuestionGroup> groups = new ArrayList<>();
    for (Section section : Section.values()) {
      List<QuestionView> questions = atlas.checkIn().questions().stream().filter(q -> q.section() == section)
          .map(q -> question(q, answers.getOrDefault(q.id(), List.of()))).toList();
      if (!questions.isEmpty()) {
        groups.add(section == Section.SAFETY
            ? new QuestionGroup("safety", "Your safety", "These come first. If an answer says you may be in "
                + "danger, the check-in stops there and shows you who can help.", questions)
            : new QuestionGroup("situation", "What is happening", "Choose what fits best; \"not sure\" is fine.",
                questions));
      }
    }
    return new CheckInView(groups, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), errors);
  }

  /** Single-answer questions start at "not sure"; with several answers allowed, nothing is ticked. */
  private static QuestionView question(Question question, List<String> chosen) {
    List<Option> choices = new ArrayList<>();
    for (Choice choice : question.choices()) {
      boolean checked = chosen.isEmpty() ? !question.multiple() && choice.notSure() : chosen.contains(choice.id());
      choices.add(new Option(choice.id(), choice.label(), Optional.empty(), checked));
    }
    return new QuestionView(question.id(), question.prompt(), question.help(), question.multiple(), choices);
  }
}
