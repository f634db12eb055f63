package org.trustatlas.core.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyContext;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;

class SituationTest {

  @Test
  void aSituationReadsAsASentence() {
    Situation situation = Situation.of(ReaderRole.HURT_PARTNER, "infidelity").inRegion("gb")
        .withFlag(SafetyFlag.FEAR_OF_PARTNER, TriState.NO).withAggravators("sti");
    assertThat(situation.challenges()).containsExactly(ConceptId.of("infidelity"));
    assertThat(situation.region()).isEqualTo(Region.of("GB"));
    assertThat(situation.safety().flag(SafetyFlag.FEAR_OF_PARTNER)).isEqualTo(TriState.NO);
    assertThat(situation.aggravators()).containsExactly(ConceptId.of("sti"));
  }

  @Test
  void withoutAnswersSafetyIsUnknownAndResourcesInternational() {
    Situation situation = Situation.of(ReaderRole.BOTH, "work-stress");
    assertThat(situation.safety()).isEqualTo(SafetyContext.unknown());
  }

  @Test
  void idsFromAFormAreForgivenTheirCaseAndSpacesAndDuplicates() {
    assertThat(Situation.of(ReaderRole.BOTH, " Infidelity", "infidelity").challenges())
        .containsExactly(ConceptId.of("infidelity"));
  }

  @Test
  void aSituationNamesAtLeastOneChallenge() {
    assertThatThrownBy(() -> Situation.of(ReaderRole.BOTH)).hasMessageContaining("at least one challenge");
  }

  @Test
  void rolesParseFromSlugsAndNameTheValidOnesOtherwise() {
    assertThat(ReaderRole.parse("hurt-partner")).isEqualTo(ReaderRole.HURT_PARTNER);
    assertThatThrownBy(() -> ReaderRole.parse("hurt-parter"))
        .hasMessageContaining("'hurt-parter'")
        .hasMessageContaining("did you mean 'hurt-partner'")
        .hasMessageContaining("valid: hurt-partner, involved-partner, both, survivor, supporter");
  }

  @Test
  void anUnknownChallengeNamesTheBadValueTheNearestAndTheValidOnes() {
    assertThatThrownBy(() -> Plans.plan(Situation.of(ReaderRole.HURT_PARTNER, "infidelty")))
        .isInstanceOfSatisfying(UnknownConceptException.class, e -> {
          assertThat(e.field()).isEqualTo("challenge");
          assertThat(e.value()).isEqualTo("infidelty");
          assertThat(e.suggestions()).startsWith("infidelity");
          assertThat(e.valid()).hasSize(12).contains("coercive-control");
          assertThat(e.getMessage()).startsWith("unknown challenge 'infidelty'; did you mean 'infidelity'")
              .contains("valid challenges: addiction, betrayal");
        });
  }

  @Test
  void anIdOfAnotherKindSaysWhatItIs() {
    assertThatThrownBy(() -> Plans.plan(Situation.of(ReaderRole.BOTH, "couples-therapy")))
        .hasMessageStartingWith("'couples-therapy' is a rebuilding-strategy, not a challenge");
  }

  @Test
  void anUnknownAggravatorIsReportedAsAnAggravator() {
    assertThatThrownBy(() -> Plans.plan(Situation.of(ReaderRole.BOTH, "infidelity").withAggravators("stis")))
        .isInstanceOfSatisfying(UnknownConceptException.class, e -> {
          assertThat(e.field()).isEqualTo("aggravator");
          assertThat(e.suggestions()).contains("sti");
          assertThat(e.valid()).containsExactly("parenthood", "pregnancy", "sti");
        });
  }

  @Test
  void aMalformedIdIsRejectedNamingIt() {
    assertThatThrownBy(() -> Situation.of(ReaderRole.BOTH, "my partner cheated"))
        .hasMessageContaining("'my partner cheated'");
  }

  @Test
  void equalSituationsAreEqual() {
    assertThat(Situation.of(ReaderRole.BOTH, "infidelity").inRegion("AU"))
        .isEqualTo(Situation.of(ReaderRole.BOTH, List.of(ConceptId.of("infidelity")), SafetyContext.unknown(Region.of("AU"))));
  }
}
