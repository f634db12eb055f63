package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
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
    SafetyContext context = SafetyContext.unknown(Region.of("FR")).with(SafetyFlag.SEXUAL_VIOLENCE_BY_PARTNER,
        TriState.YES);
    SafetyBlock block = block(context, ChallengeFamily.PARTNER_HARM);
    assertThat(block.services()).isNotEmpty().allSatisfy(s -> assertThat(s.fallback()).isTrue());
    assertThat(block.lists(ServiceType.DOMESTIC_VIOLENCE)).isTrue();
    // The international directory has no sexual-assault service; the block lists none rather than
    // passing off a directory for practitioners as one.
    assertThat(block.lists(ServiceType.SEXUAL_ASSAULT)).isFalse();
  }

  @Test
  void aRegionWithoutItsOwnEmergencyNumberShowsTheInternationalOneAndEveryListedRegionsNumber() {
    SafetyBlock block = block(SafetyContext.unknown(Region.of("FR")), ChallengeFamily.PARTNER_HARM);
    assertThat(block.call().number().primary()).isEqualTo("112");
    assertThat(block.call().elsewhere()).extracting(EmergencyNumber::primary).containsExactly("911", "911", "999", "000", "111",
        "112", "112", "10111", "999");
    SafetyBlock unknown = block(SafetyContext.unknown(), ChallengeFamily.PARTNER_HARM);
    assertThat(unknown.call().elsewhere()).hasSize(9);
    assertThat(block(SafetyContext.unknown(Region.of("GB")), ChallengeFamily.PARTNER_HARM).call().elsewhere()).isEmpty();
  }

  @Test
  void servicesForEveryoneAreListedBeforeThoseForOneAreaOrGroup() {
    SafetyBlock block = block(SafetyContext.unknown(Region.of("GB")), ChallengeFamily.PARTNER_HARM);
    List<String> domesticViolence = block.services().stream().filter(s -> s.type() == ServiceType.DOMESTIC_VIOLENCE)
        .map(s -> s.resource().id()).toList();
    assertThat(domesticViolence.get(0)).isEqualTo("gb-national-domestic-abuse-helpline");
    assertThat(domesticViolence.indexOf("gb-sct-domestic-abuse-and-forced-marriage-helpline"))
        .isLessThan(domesticViolence.indexOf("gb-mens-advice-line"));
  }

  @Test
  void servicesSetUpForTheReadersOwnGroupComeBeforeAllOthers() {
    SafetyAssessment assessment = GATE.assess(SafetyContext.unknown(Region.of("GB")),
        List.of(SampleConcepts.challenge("some-challenge", ChallengeFamily.PARTNER_HARM)));
    SafetyBlock forAMan = SafetyBlock.of(assessment, DIRECTORY, Region.of("GB"), Set.of(AudienceTag.MEN));
    assertThat(forAMan.startsWithEmergencyNumber()).isTrue();
    assertThat(forAMan.services().get(0).resource().id()).isEqualTo("gb-mens-advice-line");
    assertThat(forAMan.services()).as("every service is still listed, each once")
        .hasSameSizeAs(SafetyBlock.of(assessment, DIRECTORY, Region.of("GB")).services());
  }

  @Test
  void aYoungReaderHarmedByAPartnerGetsTheLineForYoungPeoplesRelationshipsFirstNotOneForAnotherGroup() {
    SafetyAssessment assessment = GATE.assess(SafetyContext.unknown(Region.of("US")),
        List.of(SampleConcepts.challenge("some-challenge", ChallengeFamily.PARTNER_HARM)));
    List<String> forATeenager = SafetyBlock.of(assessment, DIRECTORY, Region.of("US"),
        Set.of(AudienceTag.YOUNG_PEOPLE)).services().stream().map(s -> s.resource().id()).toList();
    assertThat(forATeenager.get(0)).isEqualTo("us-loveisrespect");
    assertThat(forATeenager.indexOf("us-trevor-project")).as("a line for young LGBTQ+ people does not lead")
        .isGreaterThan(forATeenager.indexOf("us-national-domestic-violence-hotline"));
    List<String> forAnLgbtqTeenager = SafetyBlock.of(assessment, DIRECTORY, Region.of("US"),
        Set.of(AudienceTag.YOUNG_PEOPLE, AudienceTag.LGBTQ)).services().stream()
        .map(s -> s.resource().id()).toList();
    assertThat(forAnLgbtqTeenager.subList(0, 2)).containsExactlyInAnyOrder("us-loveisrespect", "us-trevor-project");
    assertThat(SafetyBlock.of(assessment, DIRECTORY, Region.of("US")).services())
        .as("an adult reader is not sent to a line for young people's dating")
        .noneMatch(s -> s.resource().id().equals("us-loveisrespect"));
  }

  @Test
  void linesForAnotherAgeAreNotListed() {
    SafetyAssessment assessment = GATE.assess(SafetyContext.unknown(Region.of("AU")),
        List.of(SampleConcepts.challenge("some-challenge", ChallengeFamily.PARTNER_HARM)));
    SafetyAssessment withCrisis = new SafetyAssessment(assessment.level(), assessment.escalations(),
        assessment.notices(), List.of(ServiceType.DOMESTIC_VIOLENCE, ServiceType.CRISIS_LINE));
    assertThat(ids(SafetyBlock.of(withCrisis, DIRECTORY, Region.of("AU"), Set.of(AudienceTag.ADULTS))))
        .as("an adult").contains("au-lifeline").doesNotContain("au-kids-helpline");
    assertThat(ids(SafetyBlock.of(withCrisis, DIRECTORY, Region.of("AU"), Set.of(AudienceTag.YOUNG_PEOPLE))))
        .as("a young reader").contains("au-kids-helpline", "au-lifeline").doesNotContain("au-mensline");
    SafetyAssessment aChild = new SafetyAssessment(assessment.level(), assessment.escalations(),
        assessment.notices(), List.of(ServiceType.CRISIS_LINE, ServiceType.CHILD_PROTECTION));
    assertThat(SafetyBlock.of(aChild, DIRECTORY, Region.of("AU"), Set.of(AudienceTag.ADULTS)).services())
        .as("an adult worried about a child").anyMatch(s -> s.resource().id().equals("au-kids-helpline")
            && s.type() == ServiceType.CHILD_PROTECTION);
    assertThat(ids(SafetyBlock.of(withCrisis, DIRECTORY, Region.of("AU")))).as("age unknown")
        .contains("au-kids-helpline", "au-mensline");
  }

  private static List<String> ids(SafetyBlock block) {
    return block.services().stream().map(s -> s.resource().id()).toList();
  }

  @Test
  void aReaderFirstMeetsTheServiceForWhatHappenedThenTheLinesSetUpForTheirGroup() {
    SafetyAssessment raped = new SafetyAssessment(SafetyLevel.PARTNER_HARM, List.of(), List.of(),
        List.of(ServiceType.SEXUAL_ASSAULT, ServiceType.CRISIS_LINE));
    assertThat(ids(SafetyBlock.of(raped, DIRECTORY, Region.of("AU"), Set.of(AudienceTag.MEN))).subList(0, 3))
        .as("a man raped meets the sexual-assault line first, the men's line next")
        .containsExactly("au-1800respect", "au-mensline", "au-lifeline");
    SafetyAssessment hit = new SafetyAssessment(SafetyLevel.PARTNER_HARM, List.of(), List.of(),
        List.of(ServiceType.DOMESTIC_VIOLENCE, ServiceType.CRISIS_LINE));
    assertThat(ids(SafetyBlock.of(hit, DIRECTORY, Region.of("GB"), Set.of(AudienceTag.MEN))).get(0))
        .as("a line set up for the reader that serves what happened still leads").isEqualTo("gb-mens-advice-line");
  }

  @Test
  void linesForAGroupTheReaderDidNotNameComeAfterTheGeneralServicesOfEveryOtherType() {
    SafetyAssessment assessment = new SafetyAssessment(SafetyLevel.PARTNER_HARM, List.of(), List.of(),
        List.of(ServiceType.SEXUAL_ASSAULT, ServiceType.CRISIS_LINE, ServiceType.DOMESTIC_VIOLENCE));
    List<String> services = ids(SafetyBlock.of(assessment, DIRECTORY, Region.of("US")));
    assertThat(services.subList(0, 4)).as("what happened first, then the general services of every other type")
        .containsExactly("us-rainn-national-sexual-assault-hotline", "us-988-suicide-and-crisis-lifeline",
            "us-crisis-text-line", "us-national-domestic-violence-hotline");
    assertThat(services.indexOf("us-stronghearts-native-helpline"))
        .as("a line for Native Americans, for a reader who did not say they are, even of the leading type")
        .isGreaterThan(services.indexOf("us-national-domestic-violence-hotline"));
    assertThat(services.indexOf("us-trevor-project")).as("a line for young LGBTQ+ people, for an adult survivor")
        .isGreaterThan(services.indexOf("us-national-domestic-violence-hotline"));
    assertThat(services).as("every service is still listed")
        .contains("us-988-suicide-and-crisis-lifeline", "us-crisis-text-line", "us-trevor-project");
  }

  @Test
  void aLineForAGroupTheReaderDidNotNameComesAfterEveryGeneralServiceEvenOfTheLeadingType() {
    SafetyAssessment hit = new SafetyAssessment(SafetyLevel.PARTNER_HARM, List.of(), List.of(),
        List.of(ServiceType.DOMESTIC_VIOLENCE, ServiceType.CRISIS_LINE));
    List<String> adult = ids(SafetyBlock.of(hit, DIRECTORY, Region.of("US")));
    assertThat(adult.subList(0, 3)).as("a reader hit by a partner, who named no group")
        .containsExactly("us-national-domestic-violence-hotline", "us-988-suicide-and-crisis-lifeline",
            "us-crisis-text-line");
    assertThat(adult.subList(3, adult.size()))
        .containsExactlyInAnyOrder("us-stronghearts-native-helpline", "us-trevor-project");
    assertThat(ids(SafetyBlock.of(hit, DIRECTORY, Region.of("US"), Set.of(AudienceTag.INDIGENOUS))).get(0))
        .as("a Native reader still meets StrongHearts first").isEqualTo("us-stronghearts-native-helpline");
    List<String> teenager = ids(SafetyBlock.of(hit, DIRECTORY, Region.of("US"),
        Set.of(AudienceTag.YOUNG_PEOPLE)));
    assertThat(teenager.indexOf("us-stronghearts-native-helpline")).as("for a young reader too")
        .isGreaterThan(teenager.indexOf("us-crisis-text-line"));
  }

  @Test
  void aBlockAboutAChildListsTheYoungPeoplesLineWithChildProtectionUnlessTheReaderIsGrown() {
    // A clinician's review (2026-12-07): "my step dad raped me last night" and "my son is 16 and his girlfriend hits him" met Childline
    // after every adult line, read as a line for a group the reader did not name.
    SafetyAssessment child = new SafetyAssessment(SafetyLevel.PARTNER_HARM, List.of(), List.of(),
        List.of(ServiceType.CHILD_PROTECTION, ServiceType.SEXUAL_ASSAULT, ServiceType.DOMESTIC_VIOLENCE,
            ServiceType.CRISIS_LINE));
    assertThat(ids(SafetyBlock.of(child, DIRECTORY, Region.of("GB"))).subList(0, 2)).as("age unsaid")
        .containsExactly("gb-nspcc-helpline", "gb-childline");
    List<String> grown = ids(SafetyBlock.of(child, DIRECTORY, Region.of("GB"), Set.of(AudienceTag.ADULTS)));
    assertThat(grown).as("a grown reader").contains("gb-samaritans", "gb-childline");
    assertThat(grown.indexOf("gb-childline")).as("a grown reader").isGreaterThan(grown.indexOf("gb-samaritans"));
  }

  @Test
  void aPreventionLineListedToAnAdultWorriedAboutSomeoneCloseComesBeforeLinesForYoungPeople() {
    // A reader who fears someone close is sexually interested in children, and did not say they
    // are young, met Stop It Now fifth in GB, after Childline (a line for under-18s), and in the US after the
    // crisis lines: its using-harm tag read as a group the reader did not name. A block lists that line only to
    // those it serves (the one worried about their own thoughts, or about someone else's behaviour).
    SafetyAssessment worried = new SafetyAssessment(SafetyLevel.PARTNER_HARM, List.of(), List.of(),
        List.of(ServiceType.CHILD_PROTECTION, ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION, ServiceType.CRISIS_LINE));
    for (java.util.Set<AudienceTag> reader : List.of(java.util.Set.<AudienceTag>of(), Set.of(AudienceTag.ADULTS))) {
      List<String> gb = ids(SafetyBlock.of(worried, DIRECTORY, Region.of("GB"), reader));
      assertThat(gb.subList(0, 2)).as("GB %s", reader).containsExactly("gb-nspcc-helpline", "gb-stop-it-now");
      assertThat(gb.indexOf("gb-childline")).as("GB %s", reader).isGreaterThan(gb.indexOf("gb-samaritans"));
      List<String> us = ids(SafetyBlock.of(worried, DIRECTORY, Region.of("US"), reader));
      assertThat(us.subList(0, 2)).as("US %s", reader)
          .containsExactly("us-childhelp-national-child-abuse-hotline", "us-stop-it-now");
      if (reader.isEmpty()) {
        assertThat(us).as("US, age unsaid: a line for young LGBTQ+ people last").endsWith("us-trevor-project");
      } else {
        assertThat(us).as("US, an adult").doesNotContain("us-trevor-project");
      }
    }
    // A young reader's own lines still lead.
    assertThat(ids(SafetyBlock.of(worried, DIRECTORY, Region.of("GB"), Set.of(AudienceTag.YOUNG_PEOPLE)))
        .get(0)).isEqualTo("gb-childline");
  }
}
