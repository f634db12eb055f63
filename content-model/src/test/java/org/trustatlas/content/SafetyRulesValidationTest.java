package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustatlas.content.input.PackProblem;

/** One broken {@code safety-rules.yaml} per kind of problem, each asserting where it is reported and what it says. */
class SafetyRulesValidationTest {

  @TempDir Path temp;

  private PackFixture pack() {
    return PackFixture.minimal(temp).withGuidance();
  }

  @Test
  void aConditionWithTwoKeysIsReportedAtTheCondition() {
    PackFixture pack = pack().replace("safety-rules.yaml", "        is: \"yes\"\n",
        "        is: \"yes\"\n      family: [partner-harm]\n");
    assertThat(pack.problems()).containsExactly(new PackProblem("safety-rules.yaml", 3, 5, "/rules/0/condition",
        "a condition has exactly one key, this one has flag and family; combine them under allOf or anyOf"));
  }

  @Test
  void anEmptyConditionIsReportedWithTheKeysItMayHave() {
    PackFixture pack = pack().replace("safety-rules.yaml", "        - actor: [hurt-partner]", "        - {}");
    assertThat(pack.problems()).containsExactly(new PackProblem("safety-rules.yaml", 17, 11,
        "/rules/1/condition/allOf/1",
        "empty condition; write exactly one of allOf, anyOf, not, flag, family, challenge, candidate, actor, reader"));
  }

  @Test
  void aReaderConditionReads() {
    PackFixture reading = pack().replace("safety-rules.yaml", "        - challenge: [infidelity]",
        "        - reader: [using-harm, survivor]");
    assertThat(reading.problems()).isEmpty();
  }

  @Test
  void individualIsRefusedAsAReaderNamingTheReadersThereAre() {
    PackFixture individual = pack().replace("safety-rules.yaml", "        - challenge: [infidelity]",
        "        - reader: [individual]");
    assertThat(individual.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/rules/1/condition/allOf/0/reader");
      assertThat(p.message()).isEqualTo("'individual' is not a reader: a reader is one of involved-partner, "
          + "hurt-partner, both, survivor, supporter, using-harm");
    });
  }

  @Test
  void anUnknownReaderIsReportedWithTheNearestRole() {
    PackFixture pack = pack().replace("safety-rules.yaml", "        - challenge: [infidelity]",
        "        - reader: [survivr]");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/rules/1/condition/allOf/0/reader/0");
      assertThat(p.message()).endsWith("did you mean 'survivor'?");
    });
  }

  @Test
  void anUnknownFlagIsReportedWithTheNearestFlag() {
    PackFixture pack = pack().replace("safety-rules.yaml", "any: [immediate-danger]", "any: [imediate-danger]");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/rules/0/condition/flag/any/0");
      assertThat(p.line()).isEqualTo(5);
      assertThat(p.message()).startsWith("'imediate-danger' is not one of ongoing-abuse, fear-of-partner")
          .endsWith("; did you mean 'immediate-danger'?");
    });
  }

  @Test
  void anUnknownChallengeInAConditionIsReportedWithTheNearestId() {
    PackFixture pack = pack().replace("safety-rules.yaml", "challenge: [infidelity]", "challenge: [infidelty]");
    assertThat(pack.problems()).containsExactly(new PackProblem("safety-rules.yaml", 16, 23,
        "/rules/1/condition/allOf/0/challenge/0", "unknown challenge 'infidelty'; did you mean 'infidelity'?"));
  }

  @Test
  void aConceptOfAnotherKindInAConditionIsNamedAsWhatItIs() {
    PackFixture pack = pack().replace("safety-rules.yaml", "challenge: [infidelity]", "challenge: [faith]");
    assertThat(pack.problems()).extracting(PackProblem::message)
        .containsExactly("'faith' is a trust-dimension, not a challenge");
  }

  @Test
  void anUnknownSourceIsReportedWithTheNearestKey() {
    PackFixture pack = pack().replace("safety-rules.yaml", "source: gottman-2011", "source: gotman-2011");
    assertThat(pack.problems()).containsExactly(new PackProblem("safety-rules.yaml", 22, 5, "/rules/1/source",
        "unknown source 'gotman-2011'; add it to the bibliography in pack.yaml; did you mean 'gottman-2011'?"));
  }

  @Test
  void aDuplicateRuleIdIsReportedAtTheSecondRule() {
    PackFixture pack = pack().replace("safety-rules.yaml", "id: hurt-partner-never-owns-the-breach",
        "id: danger-comes-first");
    assertThat(pack.problems()).containsExactly(new PackProblem("safety-rules.yaml", 13, 5, "/rules/1/id",
        "duplicate safety rule id 'danger-comes-first'"));
  }

  @Test
  void aRuleCoreRefusesIsReportedAtItsEntry() {
    PackFixture pack = pack().replace("safety-rules.yaml", "        - actor: [hurt-partner]",
        "        - family: [relational-betrayal]");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/rules/1");
      assertThat(p.message()).startsWith("safety rule 'hurt-partner-never-owns-the-breach' suppresses but its"
          + " condition never tests the candidate");
    });
  }

  @Test
  void anEffectWithoutTextIsReportedAtTheEffect() {
    PackFixture pack = pack().replace("safety-rules.yaml",
        "      text: The partner who was hurt is never asked to own the breach.\n", "");
    assertThat(pack.problems()).containsExactly(new PackProblem("safety-rules.yaml", 18, 5, "/rules/1/effect",
        "a suppress effect needs text a reader can read"));
  }
}
