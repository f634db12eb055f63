package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.checkin.CheckInStep;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.repair.SuppressedItem;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;

/**
 * The plan and check-in pages on the bundled pack, without JavaScript: one form each, "not sure"
 * everywhere, the safety block before anything else in every answer, a danger answer ending in
 * resources only, nothing cached.
 */
class PlanAndCheckInPagesTest {

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final TrustAtlas atlas = TrustAtlas.bundled();
  @AutoClose
  private static final TestServer server = TestServer.start(atlas, WebOptions.defaults());

  private static HttpResponse<String> post(String path, String form) {
    return server.send("POST", path, form, "Content-Type", FORM);
  }

  private static String main(String html) {
    return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
  }

  @Test
  void thePlanFormAsksWhatHappenedWhoYouAreTheSafetyQuestionsAndWhere() {
    HttpResponse<String> page = server.get("/plan", "Accept-Language", "en-AU");
    assertThat(page.statusCode()).isEqualTo(200);
    String html = main(page.body());
    assertThat(html).contains("action=\"/plan\" method=\"post\"", "id=\"challenge-infidelity\"",
        "id=\"challenge-intimate-partner-abuse\"", "id=\"role-hurt-partner\"", "id=\"role-supporter\"",
        "Are you in danger right now?", "id=\"aggravator-sti\"", "<option value=\"AU\" selected>");
    assertThat(html.indexOf("What has happened?")).isLessThan(html.indexOf("Who are you in this?"));
    assertThat(html.indexOf("Who are you in this?")).isLessThan(html.indexOf("<legend>Your safety</legend>"));
    assertThat(html.indexOf("<legend>Your safety</legend>")).isLessThan(html.indexOf("Where are you?"));
    for (SafetyFlag flag : SafetyFlag.values()) {
      assertThat(html).as(flag.slug() + " defaults to not sure")
          .containsPattern("id=\"flag-" + flag.slug() + "-unknown\"[^>]* checked")
          .doesNotContainPattern("id=\"flag-" + flag.slug() + "-(yes|no)\"[^>]* checked");
    }
    assertThat(page.headers().firstValue("Vary")).hasValue("Accept-Language");
  }

  @Test
  void aPartnerHarmPlanShowsTheEmergencyNumberAndServicesFirstAndSaysWhatItHeldBack() {
    HttpResponse<String> page = post("/plan", "challenge=infidelity&challenge=intimate-partner-abuse&role=hurt-partner"
        + "&flag-fear-of-partner=yes&flag-immediate-danger=unknown&region=US");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    String html = main(page.body());
    int h1 = html.indexOf("<h1>Your plan</h1>");
    int safety = html.indexOf("<section class=\"safety-block safety-partner-harm\"");
    int call = html.indexOf("href=\"tel:911\"");
    int service = html.indexOf("National Domestic Violence Hotline");
    int steps = html.indexOf("Steps, phase by phase");
    assertThat(h1).isNotNegative();
    assertThat(safety).isGreaterThan(h1);
    assertThat(html.substring(h1, safety)).doesNotContain("<section", "<p");
    assertThat(call).isGreaterThan(safety).isLessThan(service);
    assertThat(service).isLessThan(steps);
    RepairPlan plan = atlas.plan(Situation.of(ReaderRole.HURT_PARTNER, "infidelity", "intimate-partner-abuse")
        .inRegion("US").withFlag(SafetyFlag.FEAR_OF_PARTNER, TriState.YES));
    assertThat(plan.suppressed()).isNotEmpty();
    assertThat(html).contains("What this plan holds back, and why");
    for (SuppressedItem held : plan.suppressed()) {
      assertThat(html).contains(held.reason().replace("'", "&#39;").replace("\"", "&#34;"), "href=\"/concepts/" + held.id() + "\"");
    }
    assertThat(html).doesNotContain("href=\"/concepts/couples-therapy\"><");
  }

  @Test
  void aBetrayalPlanShowsWhoActsWhyItsEvidenceAndEveryEnding() {
    String html = main(post("/plan", "challenge=infidelity&role=hurt-partner&flag-immediate-danger=no"
        + "&flag-self-harm-risk=no&flag-fear-of-partner=no&flag-ongoing-abuse=no&flag-coercive-control=no"
        + "&flag-sexual-violence-by-partner=no&region=GB").body());
    assertThat(html).contains("What your partner can do.", "For you and your partner together, if you both want to.",
        "Your step, if and when you choose.", "This plan is for the partner who was hurt", "<strong>Why:</strong>",
        "Where this comes from", "Sentence S", "Where this can lead", "href=\"/concepts/forgiveness\"",
        "href=\"/concepts/separation\"", "Optional");
    assertThat(html.indexOf("class=\"safety-block")).isLessThan(html.indexOf("Steps, phase by phase"));
  }

  @Test
  void thePartnerWhoUsedHarmReadsAPlanAboutStoppingNeverThatItIsNotTheirFault() {
    String html = main(post("/plan", "challenge=intimate-partner-abuse&role=using-harm&region=GB").body());
    assertThat(html).contains("This plan is for a partner who has used harm and wants to stop",
        "Joining a behaviour-change programme", "Taking responsibility without excuses", "Your step.")
        .doesNotContain("never your fault", "you can offer support", "couples therapists");
    assertThat(html.indexOf("class=\"safety-block")).isLessThan(html.indexOf("Steps, phase by phase"));
    assertThat(main(server.get("/plan").body())).contains("I have hurt, frightened or controlled my partner, and I want to stop");
  }

  @Test
  void planMistakesComeBackNextToTheFieldWithTheChoicesKept() {
    HttpResponse<String> none = post("/plan", "role=hurt-partner&flag-fear-of-partner=yes");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(none.body()).contains("class=\"error-summary\"", "href=\"#challenge-betrayal\"", "at least one challenge")
        .containsPattern("id=\"role-hurt-partner\"[^>]* checked")
        .containsPattern("id=\"flag-fear-of-partner-yes\"[^>]* checked")
        .doesNotContain("safety-block");
    HttpResponse<String> noRole = post("/plan", "challenge=infidelity");
    assertThat(noRole.statusCode()).isEqualTo(400);
    assertThat(noRole.body()).contains("href=\"#role-hurt-partner\"").containsPattern("id=\"challenge-infidelity\"[^>]* checked");
    assertThat(post("/plan", "challenge=infidelity&role=both&colour=red").statusCode()).isEqualTo(400);
    assertThat(server.send("POST", "/plan", "{}", "Content-Type", "application/json").statusCode()).isEqualTo(415);
    assertThat(server.get("/plan?challenge=infidelity").statusCode()).as("plan inputs never go in an address")
        .isEqualTo(400);
  }

  @Test
  void theCheckInFirstAsksOnlyWhetherTheReaderIsAloneAndWhereTheyLive() {
    String html = main(server.get("/check-in").body());
    assertThat(html).contains("action=\"/check-in\" method=\"post\"", "name=\"page\" value=\"setting\"",
        "id=\"q-privately-together\"", "id=\"q-where-gb\"").doesNotContain("q-danger-now", "id=\"safety\"");
    assertThat(html).containsPattern("id=\"q-privately-not-sure\"[^>]* checked");
  }

  @Test
  void theSecondPageAsksSafetyFirstWithNotSureEverywhereAndCarriesTheFirstPagesAnswers() {
    String html = main(post("/check-in", "page=setting&q-privately=alone&q-where=gb").body());
    assertThat(html).contains("type=\"hidden\" name=\"q-privately\" value=\"alone\"",
        "type=\"hidden\" name=\"q-where\" value=\"gb\"").doesNotContain("name=\"page\"");
    assertThat(html.indexOf("id=\"safety\"")).isLessThan(html.indexOf("id=\"situation\""));
    atlas.checkIn().afterSetting(Map.of()).forEach(q -> {
      assertThat(html).as(q.id()).contains("id=\"q-" + q.id() + "-not-sure\"");
      if (!q.multiple()) {
        assertThat(html).as(q.id() + " starts at not sure").containsPattern("id=\"q-" + q.id() + "-not-sure\"[^>]* checked");
      }
    });
  }

  @Test
  void whenOthersCanSeeTheScreenTheSecondPageAsksNoSafetyQuestion() {
    String html = main(post("/check-in", "page=setting&q-privately=together&q-where=au").body());
    assertThat(html).doesNotContain("q-danger-now", "q-pressured-into-sex", "q-past-harm", "q-who-you-are",
        "id=\"safety\"").contains("q-what-happened-cheating");
  }

  @Test
  void theWhereAnswerSetsTheNumbersEvenWithAnotherCountrysBrowser() {
    HttpResponse<String> page = server.send("POST", "/check-in", "q-danger-now=yes&q-where=gb",
        "Content-Type", FORM, "Accept-Language", "en-US");
    String html = main(page.body());
    assertThat(html).contains("href=\"tel:999\"").doesNotContain("tel:911");
  }

  @Test
  void aDangerAnswerEndsAtOnceInResources() {
    HttpResponse<String> page = server.send("POST", "/check-in", "q-danger-now=yes&q-what-happened=cheating",
        "Content-Type", FORM, "Accept-Language", "en-GB");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    String html = main(page.body());
    assertThat(html).contains("<h1>Your safety comes first</h1>", CheckInStep.StopHere.MESSAGE, "href=\"tel:999\"",
        "Who can help now").doesNotContain("Steps, phase by phase", "<form");
    assertThat(html.indexOf("href=\"tel:999\"")).isLessThan(html.indexOf("class=\"service\""));
  }

  @Test
  void answersThatNameAChallengeShowTheSituationAndItsPlanSafetyFirst() {
    String html = main(post("/check-in", "q-danger-now=no&q-afraid-of-partner=no&q-what-happened=cheating").body());
    assertThat(html).contains("<h1>What your answers describe</h1>", "What this plan is for", "Steps, phase by phase");
    assertThat(html.indexOf("class=\"safety-block")).isLessThan(html.indexOf("What this plan is for"));
    String nothing = main(post("/check-in", "q-danger-now=no").body());
    assertThat(nothing).contains("Thank you for checking in", "class=\"safety-block").doesNotContain("Steps, phase");
  }

  @Test
  void aChoiceTheQuestionDoesNotOfferIsAMistakeShownOnTheForm() {
    HttpResponse<String> page = post("/check-in", "q-danger-now=perhaps");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("class=\"error-summary\"", "'perhaps'", "href=\"#q-privately-alone\"");
    assertThat(post("/check-in", "answer=yes").statusCode()).isEqualTo(400);
  }
}
