package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.trustatlas.content.TrustAtlas;

class SearchCommandTest {

  @Test
  void findsAConceptByTheWordsAReaderUsesAndEndsWithTheEmergencyNumber() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "search", "my", "partner", "is", "cheating",
        "--region", "GB");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines().findFirst()).hasValueSatisfying(line -> assertThat(line).startsWith("infidelity  "));
    assertThat(result.out()).contains("\nIn an emergency, call 999 (United Kingdom).\n");
  }

  @Test
  void wordsThatSignalDangerPutTheNumberAndTheRightLineBeforeAnyConcept() {
    AtlasRun.Result result = AtlasRun.piped().run("search", "I", "want", "to", "die", "--region", "UK");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("In an emergency, call 999 (United Kingdom).\n");
    assertThat(result.out().indexOf("Samaritans (crisis line)"))
        .isLessThan(result.out().indexOf("suicidal-thoughts-and-self-harm"));
  }

  @Test
  void aPartnerWorriedAboutSomeoneCloseIsNeverToldThePreventionLineIsForPeopleWhoHaveHurtSomeone() {
    AtlasRun.Result result = AtlasRun.piped().run("search", "i", "think", "my", "husband", "is", "a", "pedo",
        "--region", "GB");

    assertThat(result.out()).contains("Stop It Now helpline").doesNotContain("For people who have hurt someone");
  }

  @Test
  void chokingLeadsWithTheNumberAndADomesticViolenceLine() {
    AtlasRun.Result result = AtlasRun.piped().run("search", "he", "chokes", "me", "--region", "US");

    assertThat(result.out()).startsWith("In an emergency, call 911 (United States).\n");
    assertThat(result.out()).contains("Anyone who passed out")
        .contains("National Domestic Violence Hotline (Domestic abuse and violence)");
    assertThat(result.out()).doesNotContain("dyadic-coping");
  }

  @Test
  void chokingInNewZealandLeadsWith111ThenItsOwnDomesticViolenceLines() {
    AtlasRun.Result result = AtlasRun.piped().run("search", "he", "chokes", "me", "--region", "NZ");

    assertThat(result.out()).startsWith("In an emergency, call 111 (New Zealand).\n").doesNotContain("112");
    assertThat(result.out()).contains("Anyone who passed out")
        .contains("Shine Helpline (Domestic abuse and violence)").doesNotContain("International Hot Peach Pages");
  }

  /** For every kind of danger the pack knows: a number, first, in text and JSON, even when no concept matches. */
  @TestFactory
  java.util.List<DynamicTest> everyKindOfDangerShowsANumberWithZeroHitsInTextAndJson() {
    return TrustAtlas.bundled().dangerVocabulary().categories().stream().map(category -> {
      String words = category.phrases().get(0).replaceAll("[(){}]", "");
      return DynamicTest.dynamicTest(category.id(), () -> {
        AtlasRun.Result text = AtlasRun.piped().inPack("minimal", "search", words, "--region", "AU");
        AtlasRun.Result json = AtlasRun.piped().inPack("minimal", "search", words, "--region", "AU", "--json");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("In an emergency, call 000 (Australia).\n");
        assertThat(Schemas.errorsIn(json.out(), "search")).isEmpty();
        assertThat(json.out()).contains("\"type\" : \"emergency-number\"", "\"000\"");
        assertThat(json.out().indexOf("\"safety\"")).isLessThan(json.out().indexOf("\"hits\""));
      });
    }).toList();
  }

  @Test
  void aRegionItCannotPlaceStillShowsEveryNumberWhenTheWordsSignalDanger() {
    AtlasRun.Result result = AtlasRun.piped().run("search", "he", "hits", "me", "--region", "Narnia");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("In an emergency, call 112 (international).\n"
        + "  By country: United States 911, Canada 911, United Kingdom 999, Australia 000,\n"
        + "  New Zealand 111, Ireland 112 or 999, India 112, South Africa 10111, Singapore\n"
        + "  999.\n");
    assertThat(result.out()).contains("This atlas cannot place 'Narnia'");
  }

  @Test
  void aRegionItCannotPlaceIsAUsageErrorWhenNothingSignalsDanger() {
    AtlasRun.Result result = AtlasRun.piped().run("search", "cheating", "--region", "Narnia");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("atlas search: --region 'Narnia' is not a country we recognise");
  }

  @Test
  void quietPrintsTheIdsBestFirstAndTheNumberOnStderrWhenThereIsDanger() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "search", "cheating", "--quiet");
    AtlasRun.Result danger = AtlasRun.piped().run("search", "he", "chokes", "me", "--quiet", "--region", "GB");

    assertThat(result.out().lines()).first().isEqualTo("infidelity");
    assertThat(danger.out().lines()).first().isEqualTo("strangulation");
    assertThat(danger.err()).contains("In an emergency, call 999");
  }

  @Test
  void jsonFollowsTheSchemaWithTheSafetyBlockBeforeTheHits() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "search", "cheating", "--json");
    AtlasRun.Result danger = AtlasRun.piped().run("search", "he", "chokes", "me", "--json", "--region", "GB");

    assertThat(Schemas.errorsIn(result.out(), "search")).isEmpty();
    assertThat(result.out()).contains("\"query\" : \"cheating\"", "\"danger\" : [ ]", "\"id\" : \"infidelity\"");
    assertThat(Schemas.errorsIn(danger.out(), "search")).isEmpty();
    assertThat(danger.out()).contains("\"id\" : \"strangulation\"", "\"level\" : \"partner-harm\"");
  }

  @Test
  void jsonCallsAChildsHarmChildAtRiskNotPartnerHarm() {
    AtlasRun.Result child = AtlasRun.piped().run("search", "im", "12", "my", "dad", "hits", "me", "--json",
        "--region", "GB");

    assertThat(Schemas.errorsIn(child.out(), "search")).isEmpty();
    assertThat(child.out()).contains("\"level\" : \"child-at-risk\"").doesNotContain("partner-harm");
  }

  @Test
  void nothingFoundIsSaidOnStderrAndIsNotAnErrorAndTheNumberStillCloses() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "search", "qwertyuiop", "--region", "CA");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("In an emergency, call 911 (Canada).");
    assertThat(result.err()).startsWith("no concept matches 'qwertyuiop'");
  }

  @Test
  void theHelpSaysTypedWordsStayInTheShellHistoryAndPointsToTheCheckIn() {
    AtlasRun.Result help = AtlasRun.piped().run("search", "--help");

    assertThat(help.out().replaceAll("\\s+", " ")).contains("stays in your shell's history")
        .contains("'atlas checkin' asks");
  }

  @Test
  void aLimitOutOfRangeIsAUsageError() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "search", "trust", "--limit", "51");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("atlas search: --limit 51 is out of range; valid: 1 to 50.");
  }

  @Test
  void anOverlongQueryIsAUsageErrorSayingTheLimit() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "search", "x".repeat(501));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("at most 500 are allowed");
  }

  @Test
  void noWordsIsAUsageError() {
    assertThat(AtlasRun.piped().inPack("minimal", "search").exitCode()).isEqualTo(2);
  }
}
