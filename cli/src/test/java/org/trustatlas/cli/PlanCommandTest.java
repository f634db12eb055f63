package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.repair.ReaderRole;

/** {@code atlas plan} on the bundled pack: safety first, then the plan core made, laid out. */
class PlanCommandTest {

  private static final String ESCAPE = "\u001b[";

  @Test
  void aSurvivorOfPartnerAbuseSeesTheEmergencyNumberBeforeAnythingElse() {
    AtlasRun.Result result = AtlasRun.piped().run("plan", "--challenge", "intimate-partner-abuse", "--role", "survivor",
        "--region", "US");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out().lines().findFirst()).hasValue("In an emergency, call 911 (United States).");
    assertThat(result.out()).contains("\nWhere to turn\n  National Domestic Violence Hotline (Domestic abuse and violence)\n"
        + "    phone  800-799-7233");
    assertThat(result.out().indexOf("Where to turn")).isLessThan(result.out().indexOf("\nWhat this plan is for\n"));
  }

  @Test
  void dangerOrPartnerHarmFlagsPutTheEmergencyNumberAndServicesFirst() {
    for (String flag : List.of("fear-of-partner=yes", "immediate-danger=yes", "self-harm-risk=yes")) {
      AtlasRun.Result result = AtlasRun.piped().run("plan", "-c", "infidelity", "-r", "hurt-partner", "--region", "GB",
          "--flag", flag);

      assertThat(result.out().lines().findFirst()).as(flag).hasValue("In an emergency, call 999 (United Kingdom).");
      assertThat(result.out()).as(flag).contains("Silent Solution", "\nWhere to turn\n");
    }
  }

  @Test
  void unansweredSafetyQuestionsGiveTheNeutralNoteAndSuggestSeparateScreeningBeforeThePlan() {
    AtlasRun.Result result = AtlasRun.piped().run("plan", "--challenge", "infidelity", "--role", "hurt-partner",
        "--region", "US");

    String out = result.out();
    assertThat(out).startsWith("Safety and support\n  Some questions about safety have not been answered");
    assertThat(out).contains("A safe first step is a conversation with a counsellor on your own");
    int plan = out.indexOf("\nWhat this plan is for\n  Infidelity, for the partner who was hurt\n");
    assertThat(plan).isPositive();
    assertThat(out.indexOf("In an emergency, call 911 (United States).")).isBetween(0, plan);
  }

  @Test
  void phasesShowWhoActsWhyTheSentencesAndTheSources() {
    AtlasRun.Result result = AtlasRun.piped().run("plan", "-c", "infidelity", "-r", "hurt-partner", "--region", "US");

    assertThat(result.out()).contains("\n1. Dealing with the impact\n", "\n2. Atonement\n",
        "\n   Acknowledging the harm  acknowledging-the-harm\n     What your partner can do\n     Naming what was done",
        "\n     Your step, if and when you choose (optional)\n",
        "     S16  \"To rebuild sexual trust after betrayal,", "     Sources: Gottman (2011); Makinen & Johnson (2006)",
        "\nSources\n  Snyder et al. (2008). An integrative approach", "\n  Gottman (2011). The science of trust");
  }

  @Test
  void thePlanNeverSaysTheReadersRoleOrSafetyAnswersBack() {
    Wording wording = TrustAtlas.bundled().wording();
    AtlasRun.Result result = AtlasRun.piped().run("plan", "-c", "infidelity", "-r", "survivor", "--region", "US",
        "--flag", "fear-of-partner=yes", "--flag", "sexual-violence-by-partner=yes");

    assertThat(result.exitCode()).isZero();
    String out = result.out().replaceAll("\\s+", " ");
    assertThat(out).contains("Safety planning").doesNotContain(wording.choice(ReaderRole.SURVIVOR), "--flag",
        "--role");
    for (Wording.Question question : wording.questions()) {
      assertThat(out).doesNotContain(question.question());
    }
  }

  @Test
  void whatWasHeldBackSaysByWhichRuleAndWhy() {
    AtlasRun.Result result = AtlasRun.piped().run("plan", "-c", "infidelity", "-r", "both", "--region", "US",
        "--flag", "fear-of-partner=yes");

    assertThat(result.out()).contains("\nWhat this plan holds back, and why\n  Acknowledging the harm, Taking responsibility,",
        "    Steps between the two of you wait while a partner may be causing harm",
        "\n    Rule: no-steps-between-partners-while-harm-or-danger\n", "\n  Honest dialogue about the breach, Couples "
            + "therapy, Seeing a sex therapist,\n  Rebuilding sexual intimacy\n    Couples sessions", "\n    Rule: no-couples-work-when-harm-or-danger\n");
  }

  @Test
  void requirementsAndOutcomesFollowWithForgivenessOptionalAndSeparationAmongThem() {
    AtlasRun.Result result = AtlasRun.piped().run("plan", "-c", "infidelity", "-r", "hurt-partner", "--region", "US");

    String out = result.out();
    assertThat(out).contains("\nWhat recovery needs\n  accountability ", "\nWhere this can lead\n  renewed-trust ",
        "forgiveness              Forgiveness (optional): ", "(S13) Possible, never",
        "separation               Separation: ");
    assertThat(out.indexOf("What recovery needs")).isLessThan(out.indexOf("Where this can lead"));
  }

  @Test
  void anAggravatorAddsToTheSituation() {
    AtlasRun.Result result = AtlasRun.piped().run("plan", "-c", "infidelity", "-a", "sti", "--region", "US");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("\nWhat this plan is for\n  Infidelity, for both partners together; with ");
  }

  @Test
  void thePartnerWhoBrokeTrustReadingAboutAbuseGetsThePlanForThePartnerWhoUsedHarm() {
    AtlasRun.Result result = AtlasRun.piped().run("plan", "-c", "intimate-partner-abuse", "-r", "involved-partner",
        "--flag", "ongoing-abuse=yes", "--region", "GB");

    String out = result.out();
    assertThat(result.exitCode()).isZero();
    assertThat(out).startsWith("In an emergency, call 999 (United Kingdom).").contains(
        "\nWhat this plan is for\n  Abuse by a partner, for the partner who used harm and wants to stop\n", "What you describe is harm to "
            + "your partner. Stopping it is your responsibility", "Keeping a partner and children safe now",
        "Joining a behaviour-change programme  joining-a-behaviour-change-programme\n     Your step\n",
        "\nWhat recovery needs\n  safety-from-harm ")
        .doesNotContain("never your fault", "offer support", "Good couples therapists");
    AtlasRun.Result json = AtlasRun.piped().run("plan", "-c", "intimate-partner-abuse", "-r", "using-harm",
        "--region", "GB", "--json");
    assertThat(Schemas.errorsIn(json.out(), "plan")).isEmpty();
    assertThat(json.out()).contains("\"role\" : \"using-harm\"", "\"framing\" : \"Your step\"")
        .doesNotContain("never your fault");
  }

  @Test
  void jsonFollowsTheSchemaWithSafetyAsItsFirstField() {
    AtlasRun.Result result = AtlasRun.piped().run("plan", "--challenge", "intimate-partner-abuse", "--role", "survivor",
        "--region", "US", "--json");

    assertThat(result.exitCode()).isZero();
    assertThat(Schemas.errorsIn(result.out(), "plan")).isEmpty();
    assertThat(result.out()).startsWith("{\n  \"safety\" : {\n    \"level\" : \"partner-harm\",\n    \"items\" : [ {\n"
        + "      \"type\" : \"emergency-number\"");
  }

  @Test
  void jsonFollowsTheSchemaForEveryRoleAndFlagState() {
    for (String role : List.of("hurt-partner", "involved-partner", "both", "survivor", "supporter")) {
      for (String state : List.of("yes", "no", "unknown")) {
        AtlasRun.Result result = AtlasRun.piped().run("plan", "-c", "infidelity,work-stress", "-r", role,
            "--flag", "ongoing-abuse=" + state, "--region", "AU", "--json");

        assertThat(Schemas.errorsIn(result.out(), "plan")).as(role + " " + state).isEmpty();
      }
    }
  }

  @Test
  void aLowCertaintyEmergencyNumberAlwaysComesWithItsVerifyNote() {
    AtlasRun.Result result = AtlasRun.piped().inPack("low-certainty", "plan", "-c", "infidelity", "--region", "US",
        "--flag", "fear-of-partner=yes");

    assertThat(result.out()).startsWith("In an emergency, call 112 (international).\n"
        + "  Verify first: Not confirmed from an official source (last checked 2026-01-15):");
  }

  @Test
  void aLowCertaintyServiceAlwaysComesWithItsVerifyNote() {
    AtlasRun.Result result = AtlasRun.piped().run("plan", "-c", "intimate-partner-abuse", "-r", "survivor",
        "--region", "CA");

    assertThat(result.out()).contains("  Assaulted Women's Helpline (Domestic abuse and violence, Ontario)\n"
        + "    For women.\n")
        .contains("    Verify first: Not confirmed from an official source");
  }

  @Test
  void withoutRegionTheSystemLocalesCountryIsUsedAndSaidSo() {
    AtlasRun.Result result = withLocale(Locale.UK, () -> AtlasRun.piped().run("plan", "-c", "intimate-partner-abuse",
        "-r", "survivor"));

    assertThat(result.out()).startsWith("In an emergency, call 999 (United Kingdom).\n");
    assertThat(result.out()).contains("  Region GB is your system's setting; --region CC gives another.\n");
  }

  @Test
  void aLocaleWithoutACountryFallsBackToTheInternationalDirectory() {
    AtlasRun.Result result = withLocale(Locale.ENGLISH, () -> AtlasRun.piped().run("plan", "-c",
        "intimate-partner-abuse", "-r", "survivor", "--json"));

    assertThat(result.out()).contains("\"region\" : \"INTL\"", "\"numbers\" : [ \"112\" ]");
  }

  @Test
  void anUnknownChallengeSuggestsTheNearest() {
    AtlasRun.Result result = AtlasRun.piped().run("plan", "--challenge", "infidelty");

    assertUsageError(result, "atlas plan: unknown challenge 'infidelty'; did you mean 'infidelity'?; valid challenges: "
        + "addiction, ");
  }

  @Test
  void anIdOfAnotherKindIsNamedAsSuch() {
    assertUsageError(AtlasRun.piped().run("plan", "--challenge", "faith"),
        "atlas plan: 'faith' is a trust-dimension, not a challenge; valid challenges: ");
  }

  @Test
  void anUnknownAggravatorSuggestsTheNearest() {
    assertUsageError(AtlasRun.piped().run("plan", "-c", "infidelity", "--aggravator", "stii"),
        "atlas plan: unknown aggravator 'stii'; did you mean 'sti'?; valid aggravators: ");
  }

  @Test
  void anUnknownFlagNameSuggestsTheNearestAndListsTheValidOnes() {
    assertUsageError(AtlasRun.piped().run("plan", "-c", "infidelity", "--flag", "fear-of-partnr=yes"),
        "atlas plan: unknown safety flag 'fear-of-partnr'; did you mean 'fear-of-partner'?; valid: ongoing-abuse, "
            + "fear-of-partner, coercive-control, sexual-violence-by-partner, immediate-danger, self-harm-risk.");
  }

  @Test
  void aBadFlagValueListsTheValidOnes() {
    assertUsageError(AtlasRun.piped().run("plan", "-c", "infidelity", "--flag", "fear-of-partner=maybe"),
        "atlas plan: unknown flag state 'maybe'; valid: yes, no, unknown.");
  }

  @Test
  void aFlagWithoutAValueSaysTheForm() {
    assertUsageError(AtlasRun.piped().run("plan", "-c", "infidelity", "--flag", "fear-of-partner"),
        "atlas plan: --flag 'fear-of-partner' needs a value: NAME=yes, NAME=no or NAME=unknown");
  }

  @Test
  void aFlagGivenTwiceWithDifferentValuesIsRefused() {
    assertUsageError(AtlasRun.piped().run("plan", "-c", "infidelity", "--flag", "fear-of-partner=yes", "--flag",
        "fear-of-partner=no"), "atlas plan: --flag fear-of-partner is given twice, as yes and as no");
  }

  @Test
  void aBadRoleSuggestsTheNearestAndListsTheValidOnes() {
    assertUsageError(AtlasRun.piped().run("plan", "-c", "infidelity", "--role", "surviver"),
        "atlas plan: unknown role 'surviver'; did you mean 'survivor'? (valid: hurt-partner, involved-partner, both, "
            + "survivor, supporter, using-harm).");
  }

  @Test
  void ukMeansGreatBritainSoDangerShows999() {
    AtlasRun.Result result = AtlasRun.piped().run("plan", "-c", "infidelity", "--flag", "immediate-danger=yes",
        "--region", "UK");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("In an emergency, call 999 (United Kingdom).\n");
  }

  @Test
  void aRegionItCannotPlaceShowsEveryNumberAndThePlanAndIsNeverAnError() {
    AtlasRun.Result danger = AtlasRun.piped().run("plan", "-c", "infidelity", "--flag", "immediate-danger=yes",
        "--region", "ZZ");

    assertThat(danger.exitCode()).isZero();
    assertThat(danger.out()).startsWith("In an emergency, call 112 (international).\n"
        + "  By country: United States 911, Canada 911, United Kingdom 999, Australia 000,\n"
        + "  New Zealand 111, Ireland 112 or 999, India 112, South Africa 10111, Singapore\n"
        + "  999.\n");
    AtlasRun.Result unsaid = AtlasRun.piped().run("plan", "-c", "infidelity", "--region", "ZZ");
    assertThat(unsaid.exitCode()).isZero();
    assertThat(unsaid.out()).contains("By country: United States 911", "This atlas cannot place 'ZZ'",
        "\nWhere to turn\n", "\nWhat this plan is for\n");
  }

  @Test
  void theHelpSaysFlagsStayInTheShellHistoryAndPointsToTheCheckIn() {
    assertThat(AtlasRun.piped().run("plan", "--help").out().replaceAll("\\s+", " "))
        .contains("stay in your shell's history").contains("'atlas checkin' asks");
  }

  @Test
  void noChallengeIsAUsageError() {
    assertUsageError(AtlasRun.piped().run("plan"), "atlas plan: Missing required option: '--challenge=ID'");
  }

  @Test
  void noColorLeavesNoEscapeCodesEvenOnATerminal() {
    String[] args = {"plan", "-c", "infidelity", "-r", "both", "--flag", "fear-of-partner=yes", "--region", "US"};

    assertThat(AtlasRun.onTerminal().run(args).out()).contains(ESCAPE);
    assertThat(AtlasRun.onTerminal().with("NO_COLOR", "1").run(args).out()).doesNotContain(ESCAPE);
    assertThat(AtlasRun.piped().run(args).out()).doesNotContain(ESCAPE);
  }

  @Test
  void safetyNoticesWrapToColumns() {
    AtlasRun.Result result = AtlasRun.piped().with("COLUMNS", "50").run("plan", "-c", "infidelity", "--region", "US");

    String notices = result.out().substring(0, result.out().indexOf("\nWhere to turn\n"));
    assertThat(notices.lines()).hasSizeGreaterThan(6)
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(50));
  }

  private static void assertUsageError(AtlasRun.Result result, String start) {
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines()).singleElement().asString().startsWith(start).endsWith("See 'atlas plan --help'.");
  }

  private static AtlasRun.Result withLocale(Locale locale, Supplier<AtlasRun.Result> run) {
    Locale before = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      return run.get();
    } finally {
      Locale.setDefault(before);
    }
  }
}
