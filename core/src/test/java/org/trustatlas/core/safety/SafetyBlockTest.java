package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.ChallengeFamily;

class SafetyBlockTest {

  private static final SafetyGate GATE = SafetyRulesFixture.defaultGate();
  private static final ResourceDirectory DIRECTORY = ResourcesFixture.directory();

  private static SafetyBlock block(SafetyContext context, ChallengeFamily family) {
    SafetyAssessment assessment = GATE.assess(context, List.of(SampleConcepts.challenge("some-challenge", family)));
    return SafetyBlock.of(assessment, DIRECTORY, context.region());
  }

  @Test
  void partnerHarmStartsWithTheEmergencyNumberThenLocalDomesticViolenceServices() {
    SafetyBlock block = block(SafetyContext.unknown(Region.of("GB")), ChallengeFamily.PARTNER_HARM);
    assertThat(block.startsWithEmergencyNumber()).isTrue();
    assertThat(block.emergencyNumber().primary()).isEqualTo("999");
    assertThat(block.services().get(0).resource().id()).isEqualTo("gb-national-domestic-abuse-helpline");
    assertThat(block.services().get(0).fallback()).isFalse();
  }

  @Test
  void anEscalationNoticeFollowsTheEmergencyNumberDirectly() {
    SafetyContext danger = SafetyContext.unknown(Region.of("US")).with(SafetyFlag.IMMEDIATE_DANGER, TriState.YES);
    SafetyBlock block = block(danger, ChallengeFamily.RELATIONAL_BETRAYAL);
    assertThat(block.items().get(0)).isInstanceOf(SafetyItem.Call.class);
    assertThat(block.items().get(1)).isEqualTo(new SafetyItem.Message(
        block.notices().get(0), true));
    assertThat(block.notices().get(0).ruleId()).isEqualTo("immediate-danger-comes-first");
  }

  @Test
  void withoutDangerTheEmergencyNumberClosesTheBlock() {
    SafetyBlock block = block(SafetyContext.unknown(Region.of("AU")), ChallengeFamily.EXTERNAL_STRESSOR);
    assertThat(block.startsWithEmergencyNumber()).isFalse();
    assertThat(block.items().get(block.items().size() - 1)).isInstanceOf(SafetyItem.Call.class);
    assertThat(block.notices()).isNotEmpty();
  }

  @Test
  void aServiceCoveringSeveralTypesIsListedOnce() {
    SafetyContext context = SafetyContext.unknown(Region.of("AU")).with(SafetyFlag.SEXUAL_VIOLENCE_BY_PARTNER,
        TriState.YES);
    SafetyBlock block = block(context, ChallengeFamily.PARTNER_HARM);
    assertThat(block.services()).extracting(s -> s.resource().id()).containsOnlyOnce("au-1800respect");
    assertThat(block.lists(ServiceType.SEXUAL_ASSAULT)).isTrue();
  }

  @Test
  void servicesFromTheInternationalDirectoryAreMarkedAsFallback() {
    SafetyContext context = SafetyContext.unknown(Region.of("CA")).with(SafetyFlag.SEXUAL_VIOLENCE_BY_PARTNER,
        TriState.YES);
    SafetyBlock block = block(context, ChallengeFamily.PARTNER_HARM);
    assertThat(block.services()).filteredOn(s -> s.type() == ServiceType.SEXUAL_ASSAULT)
        .isNotEmpty().allSatisfy(s -> assertThat(s.fallback()).isTrue());
  }
}
