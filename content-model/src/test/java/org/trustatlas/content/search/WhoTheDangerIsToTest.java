package org.trustatlas.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.trustatlas.content.TrustAtlas;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.safety.AudienceTag;
import org.trustatlas.core.safety.Notice;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyBlock;
import org.trustatlas.core.safety.ServiceType;

/**
 * Whom the safety block speaks to: a parent who hurt a child, someone worried about another person's
 * life, someone supporting the person abuse happened to, an older parent hurt by family. Each is
 * spoken to as who they are, never as the one at risk or as a partner's victim when they are not.
 */
class WhoTheDangerIsToTest {

  private static final TrustAtlas BUNDLED = TrustAtlas.bundled();

  private static SearchResults search(String words) {
    return BUNDLED.search(words, 10, Region.of("GB"));
  }

  private static List<String> rules(SafetyBlock safety) {
    return safety.notices().stream().map(Notice::ruleId).toList();
  }

  private static String text(SafetyBlock safety) {
    return String.join(" ", safety.notices().stream().map(Notice::text).toList());
  }

  @Test
  void aParentWhoHurtAChildIsToldToHaveTheChildSeenAndIsNeverReadAsAPartnersVictim() {
    for (String words : List.of("i shook my baby, i didnt mean to", "i hit my son too hard and now he has bruises",
        "i lost my temper and threw my toddler on the bed and he hit his head")) {
      SearchResults results = search(words);
      SafetyBlock safety = results.safety();
      assertThat(rules(safety)).as(words).contains("danger-hurt-a-child-myself")
          .doesNotContain("partner-harm-safety-first", "stopping-harm-is-the-readers-own-work");
      assertThat(text(safety)).as(words).contains("doctor", "emergency number", "head")
          .doesNotContain("never your fault");
      assertThat(safety.services().get(0).type()).as(words).isEqualTo(ServiceType.CHILD_PROTECTION);
      assertThat(safety.services()).as(words).noneMatch(service -> service.type() == ServiceType.DOMESTIC_VIOLENCE
          || service.type() == ServiceType.BEHAVIOUR_CHANGE);
      assertThat(results.hits()).as(words)
          .noneMatch(hit -> hit.concept() instanceof RebuildingStrategy strategy && strategy.conjoint());
    }
    // Asked for, couples work is still left out: the child's safety comes first.
    for (String words : List.of("i hit my son and my wife is angry should we see a couples counsellor",
        "i shook my baby and my husband wants us to do couples therapy")) {
      assertThat(search(words).hits()).as(words).isNotEmpty()
          .noneMatch(hit -> hit.concept() instanceof RebuildingStrategy strategy && strategy.conjoint())
          .noneMatch(hit -> hit.concept().id().value().equals("couples-therapist"));
    }
    // A partner who shook the baby keeps the reading of children harmed, and the reader's own safety.
    SafetyBlock partner = search("my husband shook our baby").safety();
    assertThat(rules(partner)).contains("danger-children-harmed", "partner-harm-safety-first")
        .doesNotContain("danger-hurt-a-child-myself");
  }

  @Test
  void someoneWorriedAboutAnothersLifeGetsTheCrisisLineFirstAndIsSpokenToAsTheOneWhoWorries() {
    for (String words : List.of("my husband say he will take all pills if i leave", "my girlfriend cuts herself",
        "my wife took an overdose last night", "my bf keeps saying he wants to die")) {
      SafetyBlock safety = search(words).safety();
      assertThat(safety.services().get(0).type()).as(words).isEqualTo(ServiceType.CRISIS_LINE);
      assertThat(rules(safety)).as(words).contains("danger-someone-else-at-risk")
          .doesNotContain("self-harm-risk-comes-first", "immediate-danger-comes-first");
      assertThat(text(safety)).as(words).contains("crisis line", "about someone else", "not responsible",
          "control");
    }
    // The reader's own risk still leads with what the gate says of it.
    for (String words : List.of("i want to die", "i cut myself when my girlfriend shouts",
        "my boyfriend cuts himself and now i want to die too")) {
      assertThat(rules(search(words).safety())).as(words).first().isEqualTo("self-harm-risk-comes-first");
    }
  }

  @Test
  void abuseToldBySomeoneSupportingThePersonItHappenedToIsNotAddressedToThem() {
    for (String words : List.of("my son was abused by his coach", "my daughter was molested by her uncle")) {
      String said = text(search(words).safety());
      assertThat(said).as(words).isNotBlank()
          .doesNotContain("What happened to you", "What was done to you", "never you", "over you");
    }
    // A partner's rape or abuse in their own childhood, told by the one who supports them (a clinician-engineer's review,
    // 2026-12-08): long past, like a partner's assault "before we met", so no block written to the survivor, and never
    // rape's medical check within days; search answers with supporting a survivor.
    for (String words : List.of("my wife was raped as a child and now she cant have sex",
        "my husband told me he was raped as a child", "my boyfriend was abused as a kid and told me")) {
      SearchResults results = search(words);
      assertThat(results.danger()).as(words).isEmpty();
      assertThat(text(results.safety())).as(words).doesNotContain("medical check", "last few days");
    }
    assertThat(text(search("i was abused as a child").safety())).contains("never the child");
    assertThat(text(search("my coach kissed me and i am 14").safety())).contains("you are not in trouble");
  }

  /**
   * The notice that stopping harm is the reader's own work, and that behaviour-change programmes exist, is written to an
   * adult (a clinician-engineer's review, 2026-12-08): a young reader who has hurt a partner meets the category's message,
   * which speaks to under-18s, and a young people's line, not a notice about adult programmes and "any children".
   */
  @Test
  void aYoungReaderWhoHurtAPartnerIsNotShownTheNoticeWrittenToAnAdult() {
    for (String words : List.of("im 16 and i hit my girlfriend", "i am 15 and i am too controlling with my boyfriend")) {
      SafetyBlock safety = search(words).safety();
      assertThat(search(words).danger()).as(words).anyMatch(match -> match.category().id().equals("using-harm"));
      assertThat(rules(safety)).as(words).contains("danger-using-harm")
          .doesNotContain("stopping-harm-is-the-readers-own-work");
      // the category's words to under-18s, and a young people's line first: the child-protection line
      assertThat(text(safety)).as(words).contains("If you are under 18");
      assertThat(safety.services().get(0).resource().id()).as(words).isEqualTo("gb-childline");
      assertThat(safety.services().get(0).type()).as(words).isEqualTo(ServiceType.CHILD_PROTECTION);
    }
    SafetyBlock adult = search("i hit my girlfriend").safety();
    assertThat(rules(adult)).contains("stopping-harm-is-the-readers-own-work");
    assertThat(adult.services().get(0).type()).isEqualTo(ServiceType.BEHAVIOUR_CHANGE);
    assertThat(adult.services()).noneMatch(service -> service.type() == ServiceType.CHILD_PROTECTION);
  }

  @Test
  void anAdultWithAPartnerUnderSixteenIsReadAsAChildsAbuseFirstAndAsHarmTheAdultHasToStop() {
    // The young reader: the child line first, never told the harm is theirs, never sent to a line for
    // people worried about their own thoughts towards children.
    for (String words : List.of("my bf is 24 and im 14", "my boyfriend is 22 n im 13 he says its fine",
        "im 14 and my boyfriend is 25", "i am 15 and my girlfriend is 30 is that ok")) {
      SafetyBlock safety = search(words).safety();
      assertThat(rules(safety)).as(words).contains("danger-adult-and-a-child");
      assertThat(safety.services().get(0).resource().id()).as(words).isEqualTo("gb-childline");
      assertThat(safety.services()).as(words).noneMatch(service -> service.type() == ServiceType.BEHAVIOUR_CHANGE
          || service.type() == ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION);
    }
    // A young reader who says they hurt the adult is still a child first: never sent there either.
    SafetyBlock young = search("im 14 my bf is 24 and i hit him").safety();
    assertThat(young.services().get(0).resource().id()).isEqualTo("gb-childline");
    assertThat(young.services()).noneMatch(service -> service.type() == ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION);
    // A parent worried about their child's adult partner is not sent there either.
    for (String words : List.of("my daughter is 14 and her boyfriend is 25", "my son is 15 and his girlfriend is 30")) {
      assertThat(search(words).safety().services()).as(words)
          .noneMatch(service -> service.type() == ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION);
    }
    // The adult: child protection first, then the line for people worried about their own thoughts or
    // behaviour towards children (the harm here is sexual, to a child), then the behaviour-change line,
    // before any line for the one harmed.
    for (String words : List.of("im 30 and my girlfriend is 15", "me 25 gf 14", "i'm 27 and my boyfriend is 15 we r in love",
        "im 28 and my gf is 14", "i am 35 and my girlfriend is 13")) {
      SafetyBlock safety = search(words).safety();
      assertThat(rules(safety)).as(words).contains("danger-adult-and-a-child", "danger-using-harm");
      List<ServiceType> types = safety.services().stream().map(service -> service.type()).toList();
      assertThat(types.get(0)).as(words).isEqualTo(ServiceType.CHILD_PROTECTION);
      assertThat(safety.services().get(1).resource().id()).as(words).isEqualTo("gb-stop-it-now");
      assertThat(types.get(2)).as(words).isEqualTo(ServiceType.BEHAVIOUR_CHANGE);
      assertThat(text(safety)).as(words).contains("The adult is responsible").doesNotContain("never your fault");
    }
    // In the United States too, after the child-abuse hotline.
    List<String> us = BUNDLED.search("im 30 and my girlfriend is 15", 10, Region.of("US")).safety().services()
        .stream().map(service -> service.resource().id()).toList();
    assertThat(us).startsWith("us-childhelp-national-child-abuse-hotline", "us-stop-it-now");
    // With a partner of 16 or 17 and years between them, the older partner hears the responsibility is theirs.
    assertThat(text(search("my gf is 17 and im 25").safety())).contains("If you are the older partner");
  }

  @Test
  void aChildsSexualAbuseByAPartnerToldByTheParentIsTheChildsFirstAndNeverTheReadersOwnRape() {
    for (String words : List.of("my husband do sex with my daughter she 11", "my husband touching my daughter",
        "mi esposo abusa de mi hija", "mi pareja toca a mi hija")) {
      SafetyBlock safety = search(words).safety();
      assertThat(rules(safety)).as(words).contains("danger-adult-and-a-child")
          .doesNotContain("danger-rape", "danger-forced-sex");
      assertThat(safety.services().get(0).type()).as(words).isEqualTo(ServiceType.CHILD_PROTECTION);
    }
  }

  @Test
  void anOlderParentHurtByFamilyIsNotToldOnlyThatAPartnerIsCausingHarm() {
    for (String words : List.of("my son takes my pension and hits me, im 78", "the carer slapped my old mum")) {
      SafetyBlock safety = search(words).safety();
      assertThat(text(safety)).as(words).doesNotContain("that a partner is causing harm")
          .containsAnyOf("relative", "family");
      // A line for older people harmed by those they trust leads; domestic-abuse lines follow it.
      assertThat(safety.services().get(0).type()).as(words).isEqualTo(ServiceType.ELDER_ABUSE);
      assertThat(safety.services()).as(words).extracting(service -> service.type())
          .contains(ServiceType.DOMESTIC_VIOLENCE);
    }
    assertThat(text(search("my husband hits me").safety())).contains("a partner");
  }

  @Test
  void anOlderPersonHarmedByFamilyOrACarerGetsTheOlderPeoplesLineFirstWhoeverTellsIt() {
    for (String words : List.of("my mum's new carer takes her money and she is frightened",
        "my mum has dementia and my brother takes all her money", "she keeps hitting me and im a 70 year old man",
        "my dad is 85 and my sister wont let anyone visit him",
        "my brother has power of attorney and is spending all of mums savings")) {
      SafetyBlock safety = search(words).safety();
      assertThat(rules(safety)).as(words).contains("danger-older-person-harmed");
      assertThat(safety.services().get(0).type()).as(words).isEqualTo(ServiceType.ELDER_ABUSE);
    }
    // Harm by a grown child, a grandchild or a carer is never read as a partner's.
    for (String words : List.of("my son hit me, im 70", "my grandson pushes me around and takes my pension",
        "my nan is scared of her carer")) {
      SafetyBlock safety = search(words).safety();
      assertThat(rules(safety)).as(words).contains("danger-older-person-harmed")
          .doesNotContain("danger-partner-violence", "danger-afraid-of-partner");
      assertThat(safety.services().get(0).type()).as(words).isEqualTo(ServiceType.ELDER_ABUSE);
    }
    // A younger man hit by a partner keeps the partner reading and no older people's line.
    SafetyBlock younger = search("she keeps hitting me and im a 30 year old man").safety();
    assertThat(rules(younger)).doesNotContain("danger-older-person-harmed");
    assertThat(younger.services()).noneMatch(service -> service.type() == ServiceType.ELDER_ABUSE);
  }

  @Test
  void controlAndStalkingToldBySomeoneWhoCaresAreSpokenToThemToo() {
    for (String words : List.of("im worried about my friend, her boyfriend controls her money and checks her phone",
        "my sister's husband tracks her phone and follows her everywhere",
        "my friend's ex is threatening to share her nudes", "my daughter is scared of her boyfriend",
        "her husband takes her phone", "my best friend's husband is controlling, she cant go anywhere without him",
        "my friends boyfriend checks her phone and wont let her go out")) {
      SafetyBlock safety = search(words).safety();
      String said = text(safety);
      assertThat(said).as(words).contains("someone you care about").doesNotContain("controls your money",
          "is abusing you");
    }
    // The person it happens to is still told plainly it is not their fault.
    for (String words : List.of("my husband controls my money and checks my phone", "my boyfriend tracks my phone",
        "my partner hid my pills so i would get pregnant", "he took the condom off without asking")) {
      assertThat(text(search(words).safety())).as(words).contains("If this", "not your fault");
    }
  }

  private static SafetyBlock safety(String region, String words) {
    return BUNDLED.search(words, 10, Region.of(region)).safety();
  }

  @Test
  void aPartnersWishToDieToldByTheOneWhoWorriesIsNotReadAsTheReadersOwn() {
    for (String words : List.of("my husband keeps saying he wants to end it all, i'm scared he'll do something",
        "my wife keeps saying everyone would be better off without her", "my boyfriend says he has no reason to live",
        "my girlfriend keeps saying she wants to disappear")) {
      SafetyBlock safety = search(words).safety();
      assertThat(rules(safety)).as(words).contains("danger-someone-else-at-risk")
          .doesNotContain("self-harm-risk-comes-first");
      assertThat(text(safety)).as(words).doesNotContain("If you are thinking about ending your life");
      assertThat(safety.services().get(0).type()).as(words).isEqualTo(ServiceType.CRISIS_LINE);
    }
    for (String words : List.of("i want to end it all", "everyone would be better off without me")) {
      assertThat(rules(search(words).safety())).as(words).first().isEqualTo("self-harm-risk-comes-first");
    }
  }

  @Test
  void aParentWhoHurtAChildOrFearsToIsSpokenToAsThatParentAlone() {
    SafetyBlock smacked = search("i smacked my kid too hard and left a bruise, will they take him away").safety();
    assertThat(rules(smacked)).contains("danger-hurt-a-child-myself")
        .doesNotContain("danger-partner-violence", "partner-harm-safety-first");
    assertThat(text(smacked)).doesNotContain("never your fault");
    assertThat(smacked.services()).noneMatch(service -> service.type() == ServiceType.DOMESTIC_VIOLENCE);
    // Fear of hurting a child, when none was hurt, is not first told to have the child seen.
    SafetyBlock afraid = search("im scared i will hurt my children i am so angry all the time").safety();
    assertThat(rules(afraid)).contains("danger-hurt-a-child-myself");
    String message = afraid.notices().stream().filter(n -> n.ruleId().equals("danger-hurt-a-child-myself"))
        .findFirst().orElseThrow().text();
    assertThat(message).doesNotStartWith("If your child is hurt").contains("afraid you might hurt", "step away",
        "doctor");
  }

  @Test
  void aReaderWhoHurtTheirPartnerAndNowFearsForHerLifeGetsTheCrisisLineAndBehaviourChange() {
    SafetyBlock safety = search("i hurt my partner and now she says shes going to kill herself").safety();
    assertThat(rules(safety)).contains("danger-someone-else-at-risk", "danger-using-harm")
        .doesNotContain("danger-threats-to-kill", "partner-harm-safety-first");
    assertThat(text(safety)).doesNotContain("never your fault");
    assertThat(safety.services().get(0).type()).isEqualTo(ServiceType.CRISIS_LINE);
    // The crisis line for her, then the behaviour-change line for him, before any line for the one harmed.
    List<ServiceType> types = safety.services().stream().map(service -> service.type()).toList();
    assertThat(types).contains(ServiceType.BEHAVIOUR_CHANGE);
    assertThat(types.indexOf(ServiceType.BEHAVIOUR_CHANGE)).isLessThan(types.indexOf(ServiceType.DOMESTIC_VIOLENCE));
  }

  @Test
  void someoneSupportingThePersonHarmedIsSpokenToAsWellAsThatPerson() {
    for (String[] asked : List.of(new String[] {"GB", "my daughter's boyfriend hits her and she wont leave him what do i do"},
        new String[] {"GB", "my sister's husband beats her, how can i help her"},
        new String[] {"GB", "my daughter was raped by her boyfriend, how do i support her"},
        new String[] {"US", "my friend's boyfriend choked her"}, new String[] {"GB", "he hits me"},
        new String[] {"GB", "he hurts me"}, new String[] {"GB", "he forced me to have sex"},
        new String[] {"GB", "i was raped"}, new String[] {"US", "he choked me"})) {
      SafetyBlock safety = safety(asked[0], asked[1]);
      assertThat(safety.notices()).as(asked[1]).isNotEmpty();
      // Every notice that tells the person harmed it was not their fault speaks to a supporter too.
      safety.notices().stream().filter(n -> n.text().contains("your fault")).forEach(n ->
          assertThat(n.text()).as(asked[1] + " / " + n.ruleId()).contains("someone you care about"));
      assertThat(text(safety)).as(asked[1]).doesNotContain("Please get a medical check");
    }
  }

  @Test
  void strangulationThatLeftTheReaderUnconsciousLeadsWithUrgentCare() {
    SafetyBlock safety = search("he strangeled me and i blacked out").safety();
    assertThat(rules(safety)).first().isEqualTo("danger-strangulation");
    assertThat(safety.notices().get(0).text().substring(0, 200)).contains("passed out", "urgent");
    SafetyBlock kicked = search("i'm pregnant and he kicked me in the stomach").safety();
    assertThat(text(kicked)).contains("maternity");
    assertThat(kicked.notices().get(0).text()).contains("pregnan");
  }

  @Test
  void aParentWorriedAboutTheirChildsLifeIsNotToldOfAnotherAdultsChoices() {
    String said = text(search("my 14 year old said she wants to die").safety());
    assertThat(said).doesNotContain("another adult's choices").contains("child");
    assertThat(text(search("my bf keeps saying he wants to die").safety())).contains("not responsible");
  }

  /**
   * Lines are for the reader's age: an adult or older reader never meets a line for children or young
   * people unless a child is at risk (then only as child protection); a young reader never meets a line
   * set up for adult men, nor one for women where the region lists a line for everyone.
   */
  @Test
  void servicesListedAreForTheReadersAge() {
    for (String region : List.of("AU", "GB", "CA", "US", "IN")) {
      for (String words : List.of("im 78 and my son hits me", "my son takes my pension and hits me, im 78",
          "i am 80 n my grandson steals from me", "im a 45 year old woman and my husband hits me",
          "my daughter hits me and takes my money im 70", "i am retired and my son hits me",
          "she keeps hitting me and im a 70 year old man", "i am 52 and my boyfriend choked me",
          "my grandson pushes me around and takes my pension")) {
        SafetyBlock safety = BUNDLED.search(words, 10, Region.of(region)).safety();
        assertThat(safety.services()).as(region + ": " + words).isNotEmpty()
            .noneMatch(service -> service.resource().tags().contains(AudienceTag.CHILDREN)
                || service.resource().tags().contains(AudienceTag.YOUNG_PEOPLE));
      }
      // An adult worried about a child still meets child protection.
      for (String words : List.of("im 40 and my husband hits our kids", "i am 35 and my partner hits my son")) {
        SafetyBlock safety = BUNDLED.search(words, 10, Region.of(region)).safety();
        assertThat(safety.services()).as(region + ": " + words)
            .anyMatch(service -> service.type() == ServiceType.CHILD_PROTECTION);
      }
      for (String words : List.of("im 14 and my bf hits me", "im a 14 year old girl and my boyfriend hits me",
          "i am 15 my boyfriend slaps me", "im 16 n my gf hit me", "i am a 15 yo boy and my girlfriend hits me",
          "me 14 yr old and my boyfrend beats me", "im 13 and my mums boyfriend hits me")) {
        SafetyBlock safety = BUNDLED.search(words, 10, Region.of(region)).safety();
        assertThat(safety.services()).as(region + ": " + words).isNotEmpty()
            .anyMatch(service -> service.type() == ServiceType.CHILD_PROTECTION)
            .noneMatch(service -> service.resource().tags().contains(AudienceTag.MEN));
        if (!region.equals("IN")) {
          assertThat(safety.services()).as(region + ": " + words)
              .noneMatch(service -> service.resource().tags().contains(AudienceTag.WOMEN));
        }
      }
    }
    // Someone whose age the words do not say still has every line, children's last.
    assertThat(search("my husband hits me").safety().services()).extracting(service -> service.resource().id())
        .endsWith("gb-childline");
  }
}
