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
import org.trustatlas.web.http.CachePolicy;
import org.trustatlas.web.http.CheckInRequests;
import org.trustatlas.web.http.ProblemException;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;
import org.trustatlas.web.pages.Views.CarriedAnswer;
import org.trustatlas.web.pages.Views.CheckInView;
import org.trustatlas.web.pages.Views.FormError;
import org.trustatlas.web.pages.Views.Option;
import org.trustatlas.web.pages.Views.QuestionGroup;
import org.trustatlas.web.pages.Views.QuestionView;

/**
 * {@code /check-in}: a short private reflection on two pages. The first asks only whether anyone
 * else can see the screen and where the reader lives; the second asks the rest, leaving out the
 * safety questions and those for a reader alone when someone else can see, and carries the first
 * page's answers as hidden fields. The core reads the answers: a danger answer ends at once in
 * resources for where the reader lives; otherwise the reader sees the situation their answers
 * describe and its plan. Answers are posted, never stored, logged or put in an address, and the
 * answer page is never cached. A post with every answer at once (no {@code page} field) is run as
 * it stands.
 */
final class CheckInPage implements RouteGroup {

  static final String PATH = "/check-in";
  /** The form field that says the first page was answered and the second is wanted. */
  static final String PAGE = "page";
  static final String SETTING = "setting";
  private static final String PREFIX = "q-";

  private final Pages pages;
  private final TrustAtlas atlas;
  private final SafetyViews safety;
  private final PlanViews plans;

  CheckInPage(Pages pages, TrustAtlas atlas) {
    this.pages = pages;
    this.atlas = atlas;
    this.safety = new SafetyViews(atlas);
    this.plans = new PlanViews(atlas, safety);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(PATH, ctx -> {
      QueryParams.of(ctx);
      pages.page(PATH, "checkin", "checkin", () -> firstPage(Map.of(), List.of())).send(ctx);
    });
    routes.post(PATH, this::post);
  }

  private void post(Context ctx) {
    QueryParams.of(ctx);
    Map<String, List<String>> fields = QueryParams.formFields(ctx);
    ctx.header(Header.CACHE_CONTROL, CachePolicy.NO_STORE.header());
    Map<String, List<String>> answers = new LinkedHashMap<>();
    boolean firstPageAnswered = false;
    for (Map.Entry<String, List<String>> field : fields.entrySet()) {
      if (field.getKey().equals(PAGE) && field.getValue().equals(List.of(SETTING))) {
        firstPageAnswered = true;
        continue;
      }
      if (!field.getKey().startsWith(PREFIX)) {
        throw QueryParams.noSuchField("check-in", field.getKey());
      }
      List<String> chosen = field.getValue().stream().filter(v -> !v.isBlank()).toList();
      if (!chosen.isEmpty()) {
        answers.put(field.getKey().substring(PREFIX.length()), chosen);
      }
    }
    ctx.html(pages.html(PATH, "checkin", "checkin", firstPageAnswered ? secondPage(answers) : run(ctx, answers)));
  }

  private CheckInView run(Context ctx, Map<String, List<String>> answers) {
    Region region = Regions.fromLanguage(ctx.header(Header.ACCEPT_LANGUAGE), atlas.resourceDirectory().regions());
    try {
      return ending(CheckInRequests.run(atlas, answers, region));
    } catch (ProblemException mistake) {
      ctx.status(400);
      return firstPage(answers, List.of(new FormError(firstQuestion(), mistake.problem().detail())));
    }
  }

  private CheckInView secondPage(Map<String, List<String>> setting) {
    List<CarriedAnswer> carried = new ArrayList<>();
    try {
      for (Question question : settingQuestions()) {
        List<String> chosen = setting.get(question.id());
        if (chosen != null) {
          question.choose(chosen);
          chosen.forEach(id -> carried.add(new CarriedAnswer(PREFIX + question.id(), id)));
        }
      }
    } catch (IllegalArgumentException mistake) {
      return firstPage(setting, List.of(new FormError(firstQuestion(), sentence(mistake.getMessage()))));
    }
    List<QuestionGroup> groups = groups(atlas.checkIn().afterSetting(setting), Map.of());
    return new CheckInView(groups, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        false, carried);
  }

  private CheckInView firstPage(Map<String, List<String>> answers, List<FormError> errors) {
    return new CheckInView(groups(settingQuestions(), answers), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), errors, true, List.of());
  }

  private List<Question> settingQuestions() {
    return atlas.checkIn().questions().stream().filter(q -> q.section() == Section.SETTING).toList();
  }

  private CheckInView ending(CheckInStep step) {
    if (step instanceof CheckInStep.StopHere stop) {
      return new CheckInView(List.of(), Optional.of("stop"), Optional.of(CheckInStep.StopHere.MESSAGE),
          Optional.of(safety.block(stop.resources())), Optional.empty(), List.of(), false, List.of());
    }
    if (step instanceof CheckInStep.Planned planned) {
      return new CheckInView(List.of(), Optional.of("plan"), Optional.empty(), Optional.empty(),
          Optional.of(plans.of(planned.plan())), List.of(), false, List.of());
    }
    if (step instanceof CheckInStep.NothingNamed nothing) {
      return new CheckInView(List.of(), Optional.of("nothing"), Optional.empty(),
          Optional.of(safety.block(nothing.resources())), Optional.empty(), List.of(), false, List.of());
    }
    throw new IllegalStateException("a whole check-in always ends; it stopped at " + step);
  }

  private String firstQuestion() {
    Question first = atlas.checkIn().questions().get(0);
    return "q-" + first.id() + "-" + first.choices().get(0).id();
  }

  private static List<QuestionGroup> groups(List<Question> asked, Map<String, List<String>> answers) {
    List<QuestionGroup> groups = new ArrayList<>();
    for (Section section : Section.values()) {
      List<QuestionView> questions = asked.stream().filter(q -> q.section() == section)
          .map(q -> question(q, answers.getOrDefault(q.id(), List.of()))).toList();
      if (!questions.isEmpty()) {
        groups.add(group(section, questions));
      }
    }
    return groups;
  }

  private static QuestionGroup group(Section section, List<QuestionView> questions) {
    return switch (section) {
      case SETTING -> new QuestionGroup("setting", "Before we start", "These decide which questions come next. "
          + "If someone else can see your screen, the questions about safety are left out.", questions);
      case SAFETY -> new QuestionGroup("safety", "Your safety", "These come first. If an answer says you may be in "
          + "danger, the check-in stops there and shows you who can help.", questions);
      case SITUATION -> new QuestionGroup("situation", "What is happening", "Choose what fits best; \"not sure\" is "
          + "fine.", questions);
    };
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

  private static String sentence(String message) {
    String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
    return text.endsWith(".") ? text : text + ".";
  }
}
