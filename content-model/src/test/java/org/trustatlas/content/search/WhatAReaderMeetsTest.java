package org.trustatlas.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.safety.AudienceTag;
import org.trustatlas.core.safety.Notice;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyItem;
import org.trustatlas.core.safety.ServiceType;

/**
 * What a reader meets once danger is read: each thing said once, the advice a recent assault calls
 * for, the line for the reader's own life and age where it belongs, and no safety content for an
 * everyday wish.
 */
class WhatAReaderMeetsTest {

  private static final TrustAtlas BUNDLED = TrustAtlas.bundled();
  private static final Region GB = Region.of("GB");
  /** "It is not your fault", "it was never your fault", "never the fault of the person": one reassurance. */
  private static final Pattern FAULT = Pattern.compile(
      "\\b(?:not|never) (your|their) fault\\b|\\bnever the fault of\\b");

  /** For every row of danger-categories.tsv: no sentence twice, and "not your fault" said once. */
  @TestFactory
  List<DynamicTest> aSafetyBlockSaysEachThingOnce() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String query : queries()) {
      tests.add(DynamicTest.dynamicTest(query, () -> {
        List<Notice> notices = BUNDLED.search(query, 5, GB).safety().notices();
        Map<String, String> seen = new HashMap<>();
        Map<String, Integer> reassured = new HashMap<>();
        for (Notice notice : notices) {
          for (String sentence : notice.text().split("(?<=[.!?])\\s+")) {
            String key = sentence.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").trim();
            assertThat(seen.put(key, notice.ruleId())).as("'%s': '%s' said twice", query, sentence).isNull();
            Matcher fault = FAULT.matcher(sentence.toLowerCase(Locale.ROOT));
            while (fault.find()) {
              // "never the fault of the person" speaks to the reader and to a supporter at once.
              for (String whose : fault.group(1) == null ? List.of("your", "their") : List.of(fault.group(1))) {
                reassured.merge(whose, 1, Integer::sum);
              }
            }
          }
        }
        assertThat(reassured.values()).as("'%s' says whose fault it is not once: %s", query, notices)
            .allMatch(times -> times == 1);
      }));
    }
    assertThat(tests).hasSizeGreaterThan(100);
    return tests;
  }

  /**
   * A clinician's review: for every row of danger-categories.tsv, every sentence of the block reads on its own
   * once repeated sentences are dropped: "the same service(s)/line" comes after a sentence naming a
   * service or line, "... either" after one saying whose fault it is not, "that person" after one
   * naming a person, "support them" after "someone you care about"; each within its own message.
   */
  @TestFactory
  List<DynamicTest> everySentenceHasWhatItReferTo() throws IOException {
    Pattern same = Pattern.compile("\\bthe same (?:service|services|line|lines)\\b");
    Pattern either = Pattern.compile("\\beither\\b(?! of)");
    List<DynamicTest> tests = new ArrayList<>();
    for (String query : queries()) {
      tests.add(DynamicTest.dynamicTest(query, () -> {
        for (Notice notice : BUNDLED.search(query, 5, GB).safety().notices()) {
          // Within one message: another message is another paragraph.
          List<String> before = new ArrayList<>();
          for (String sentence : notice.text().split("(?<=[.!?])\\s+")) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            String earlier = String.join(" ", before).toLowerCase(Locale.ROOT);
            if (same.matcher(lower).find()) {
              assertThat(earlier).as("'%s': '%s' follows no service", query, sentence).containsAnyOf("service", " line");
            }
            if (either.matcher(lower).find()) {
              assertThat(earlier).as("'%s': '%s' follows nothing it adds to", query, sentence).contains("fault");
            }
            if (lower.contains("that person")) {
              assertThat(earlier).as("'%s': '%s' follows no person", query, sentence).contains("person");
            }
            if (lower.matches(".*\\b(?:support|help) them\\b.*") && !lower.contains("someone")) {
              assertThat(earlier).as("'%s': '%s' follows no one they are", query, sentence).contains("someone");
            }
            before.add(sentence);
          }
        }
      }));
    }
    return tests;
  }

  private static String said(String query) {
    return BUNDLED.search(query, 5, GB).safety().notices().stream().map(Notice::text)
        .reduce("", (a, b) -> a + " " + b);
  }

  @Test
  void aRecentRapeOrForcedSexIsToldOfAMedicalCheckEmergencyContraceptionAndHivPreventionWithoutPressure() {
    for (String query : List.of("he raped me last night", "i was raped", "i got rapped at a party",
        "my husband forced me to have sex", "my bf made me have sex when i said no",
        "i think he drugged my drink and had sex with me", "he did stuff to me while i was asleep")) {
      String said = said(query);
      assertThat(said).as(query).contains("emergency contraception", "HIV", "72 hours", "evidence")
          .containsAnyOf("if you want", "you can choose")
          .doesNotContainIgnoringCase("must report").doesNotContainIgnoringCase("should report");
    }
  }

  /**
   * A clinician's review: a rape or sexual abuse told as long past is not offered a medical check "in the last
   * few days", and is still told it was not their fault and offered a sexual-assault service; told with
   * a recent one, the medical advice stays.
   */
  @Test
  void aRapeLongPastIsNotToldOfAMedicalCheckWithinDays() {
    for (String query : List.of("i was raped 10 years ago", "a babysitter abused me when i was 7",
        "i was raped when i was 12", "i was sexually assaulted years ago and it still affects my relationship",
        "i got raped in college and now i freeze when my husband touches me",
        // A clinician's review: an ex's rape told as long past, and a rape in childhood told as a kid.
        "my ex raped me two years ago", "i was molested as a kid and now sex with my wife is hard")) {
      String said = said(query);
      assertThat(said).as(query).doesNotContain("last few days").doesNotContain("72 hours")
          .containsAnyOf("not your fault", "never the fault of", "never the child");
      assertThat(services(query)).as(query).anyMatch(service -> service.type() == ServiceType.SEXUAL_ASSAULT);
      assertThat(services(query)).as(query).noneMatch(service -> service.type() == ServiceType.DOMESTIC_VIOLENCE);
    }
    assertThat(said("i was raped years ago and last night it happened again")).contains("72 hours");
  }

  /**
   * A clinician's review: a rape or abuse in childhood told by an adult meets one message, the one for
   * abuse in childhood, not a second for rape long ago (or rape now) beside it saying it again.
   */
  @Test
  void aRapeInChildhoodToldByAnAdultIsToldByOneMessage() {
    for (String query : List.of("i was raped when i was 12", "my uncle raped me when i was 9 and now im 30",
        "i was molested as a kid and now sex with my wife is hard", "i was raped as a teenager and now i freeze during sex")) {
      List<Notice> notices = BUNDLED.search(query, 5, GB).safety().notices();
      assertThat(notices.stream().filter(notice -> notice.ruleId().startsWith("danger-")))
          .as("%s: %s", query, notices).hasSize(1)
          .allMatch(notice -> notice.text().contains("never the child"));
    }
  }

  /**
   * A clinician's review: a partner's rape, read as forced sex and as rape, is told once: one account of what
   * happened with the medical check after it, one offer of a sexual-assault service to the reader, and
   * one word to someone supporting them, where the two messages had each said all three.
   */
  @Test
  void aPartnersRapeIsToldOnceNotByTwoMessagesGivingTheSameAdvice() {
    Map<String, Pattern> advice = Map.of(
        "a medical check", Pattern.compile("\\bmedical check\\b"),
        "a sexual-assault service for the reader", Pattern.compile(
            "\\bsexual-assault (?:or domestic-violence )?service can (?:support|listen|help)"),
        "how to support someone", Pattern.compile("\\bsupport them\\b|\\bpartners, parents and friends\\b"));
    for (String query : List.of("my partner raped me last night", "my bf raped me yesterday",
        "my husband rapd me last night", "my boyfriend raped me")) {
      List<Notice> notices = BUNDLED.search(query, 5, GB).safety().notices();
      assertThat(notices.stream().filter(notice -> notice.ruleId().startsWith("danger-")
          && notice.text().contains("sexual-assault"))).as("%s: %s", query, notices).hasSize(1);
      List<String> sentences = notices.stream()
          .flatMap(notice -> List.of(notice.text().split("(?<=[.!?])\\s+")).stream()).toList();
      advice.forEach((what, pattern) -> assertThat(sentences.stream().filter(s -> pattern.matcher(s).find()))
          .as("%s: %s once in %s", query, what, notices).hasSize(1));
      assertThat(String.join(" ", sentences)).as(query).contains("not your fault", "72 hours");
    }
  }

  /** An adult a child told (a teacher, a relative) is spoken to as that adult, and meets child protection. */
  @Test
  void anAdultAChildToldIsSpokenToAsThatAdultAndMeetsChildProtection() {
    for (String query : List.of("teacher here, a student told me her mom's boyfriend hurts her",
        "a kid in my class told me his dad beats him", "my niece told me her stepdad hits her",
        "im a school nurse and a pupil said her mum hits her")) {
      assertThat(said(query)).as(query).contains("If a child has told you");
      assertThat(services(query).get(0).type()).as(query).isEqualTo(ServiceType.CHILD_PROTECTION);
    }
    assertThat(said("my dad hits me and im 13")).contains("not your fault");
  }

  /**
   * A clinician's review: where the words name no partner or family (a stranger, someone at a party, nobody at
   * all), no notice speaks of a partner; a partner, family or a bare "he" keeps it.
   */
  @Test
  void harmBySomeoneNotCloseIsNotToldAsAPartnersHarm() {
    for (String query : List.of("got really drunk at a party and woke up with my pants off",
        "he follows me home, not my ex, just a guy from the gym", "a guy at work keeps following me to my car",
        "i was raped by a stranger last night", "my boss touched me and i froze",
        "some man at the club spiked my drink and i woke up at his place")) {
      assertThat(said(query)).as(query).doesNotContain("a partner, or a relative");
    }
    assertThat(services("got really drunk at a party and woke up with my pants off"))
        .noneMatch(service -> service.type() == ServiceType.DOMESTIC_VIOLENCE);
    for (String query : List.of("my bf forced me to have sex", "he chokes me", "my ex follows me home every night",
        "my husband spiked my drink and had sex with me")) {
      assertThat(said(query)).as(query).contains("a partner, or a relative");
    }
  }

  /** A clinician's review: an adult whose images are threatened is spoken to first; the under-18 line follows. */
  @Test
  void anAdultWhoseImagesAreThreatenedIsSpokenToFirst() {
    for (String query : List.of("my ex is threatening to post my nudes if i dont get back with him",
        "my husband shared my intimate pics with his friends", "she says shell send my nudes to my boss",
        "he posted pix of me naked online")) {
      String said = said(query).strip();
      assertThat(said).as(query).doesNotStartWith("If you are under 18").contains("under 18");
      assertThat(said.indexOf("not your fault")).as(query).isLessThan(said.indexOf("under 18"));
    }
  }

  /** A clinician's review: a message about forced marriage promises only a kind of service the block lists, in every region. */
  @Test
  void aForcedMarriageMessagePromisesOnlyAServiceTheBlockLists() {
    for (String region : List.of("GB", "IE", "CA", "US", "AU")) {
      for (String query : List.of("my family is forcing me to marry", "forced to marry",
          "my parents want to take me abroad to marry a man i dont know")) {
        var safety = BUNDLED.search(query, 5, Region.of(region)).safety();
        String said = safety.notices().stream().map(Notice::text).reduce("", (a, b) -> a + " " + b);
        assertThat(said).as("%s %s", region, query).contains("forced");
        if (safety.services().stream().noneMatch(service -> service.type() == ServiceType.FORCED_MARRIAGE)) {
          assertThat(said).as("%s %s", region, query).doesNotContain("A forced-marriage line can help");
        }
        assertThat(safety.services()).as("%s %s", region, query).anyMatch(service ->
            service.type() == ServiceType.FORCED_MARRIAGE || service.type() == ServiceType.DOMESTIC_VIOLENCE);
      }
    }
  }

  private static List<SafetyItem.Service> services(String query) {
    return BUNDLED.search(query, 5, GB).safety().services();
  }

  @Test
  void aReaderUrgedToDieMeetsACrisisLineFirstWhenTheirOwnLifeIsAtRiskAndWithinTheFirstTwoOtherwise() {
    for (String query : List.of("he keeps telling me to kill myself", "my bf says i should kill myself",
        "my husband keeps saying i should die", "she told me to go kill myself", "my gf told me to kys",
        "my boyfriend says he wants me dead")) {
      List<SafetyItem.Service> services = services(query);
      assertThat(services.subList(0, 2)).as(query).anyMatch(service -> service.type() == ServiceType.CRISIS_LINE);
    }
    for (String query : List.of("she told me to go kill myself and i think i will",
        "he keeps telling me to kill myself and i want to", "bf said i should die i think hes right")) {
      assertThat(services(query).get(0).type()).as(query).isEqualTo(ServiceType.CRISIS_LINE);
    }
    // Control without any urging to die keeps the domestic-abuse lines first.
    assertThat(services("he checks my phone and takes my money").get(0).type()).isEqualTo(ServiceType.DOMESTIC_VIOLENCE);
  }

  @Test
  void aReaderUrgedToDieMeetsTheirOwnMessageAndACrisisLineWithinTheFirstTwoAlsoWhereControlIsRead() {
    for (String query : List.of("he keeps telling me to kill myself", "my mum tells me to kill myself",
        "he says i should just end it",
        // Control read too, on more words than the urging: the crisis line still comes within the first two.
        "my husband wont let me see my friends or family and he wishes i was dead",
        "he takes all my money and checks my phone and he tells me i should die",
        "my boyfriend controls my money and who i see and he says i should kill myself")) {
      SearchResults result = BUNDLED.search(query, 5, GB);
      assertThat(result.danger()).as(query).anyMatch(match -> match.category().id().equals("urged-to-die"));
      assertThat(result.safety().notices()).as(query).anyMatch(notice -> notice.ruleId().equals("danger-urged-to-die"));
      List<SafetyItem.Service> services = result.safety().services();
      assertThat(services.subList(0, 2)).as(query).anyMatch(service -> service.type() == ServiceType.CRISIS_LINE);
      assertThat(services).as(query).anyMatch(service -> service.type() == ServiceType.DOMESTIC_VIOLENCE);
    }
    // A threat to kill is not urging: the domestic-abuse line leads.
    assertThat(services("he said hed kill me if i left").get(0).type()).isEqualTo(ServiceType.DOMESTIC_VIOLENCE);
  }

  @Test
  void aChildWhoSeesAParentHitMeetsChildlineFirstAndAParentHitInFrontOfTheChildrenTheAdultsLine() {
    for (String query : List.of("my dad hits my mum when he's drunk", "my dad hits my mum", "dad punch mum when drunk",
        "my stepdad beats my mom", "my mums boyfriend hits her and me")) {
      assertThat(services(query).get(0).resource().id()).as(query).isEqualTo("gb-childline");
    }
    for (String query : List.of("my husband hits me in front of the kids", "my partner hits me in front of our son")) {
      assertThat(services(query).get(0).resource().id()).as(query).isNotEqualTo("gb-childline");
    }
  }

  @Test
  void aThreatWithAGunToSomeoneCloseNamesThemAtRisk() {
    for (String query : List.of("he has a gun and knows where my sister lives",
        "he said he will kill my new boyfriend", "my ex has a gun and said he will go after my mum",
        "he said he will hurt my kids if i leave", "my ex says he'll come for my sister")) {
      assertThat(said(query)).as(query).contains("someone else");
    }
  }

  /**
   * The call to the emergency number for danger now speaks to whoever is in danger: a parent who may
   * harm the children, or someone who has hurt a partner badly, is not told only "if you are in
   * danger", which is written for the person harmed.
   */
  @Test
  void theCallForDangerNowSpeaksToAnyoneInDangerNotOnlyTheReader() {
    for (String query : List.of("i'm going to kill the kids", "i hit him and now hes not breathing",
        "hes trying to get in", "my sister is being beaten right now")) {
      assertThat(said(query)).as(query).contains("If you or anyone else is in danger right now")
          .doesNotContain("If you are in danger right now");
    }
  }

  /**
   * A parent afraid of harming their child is promised no "child-protection line": in Canada, the
   * only one listed is for young people. Child-protection services exist wherever the reader is.
   */
  @Test
  void aParentAfraidOfHarmingTheirChildIsPromisedOnlyWhatEveryRegionHas() {
    // A clinician's review: also a parent who would take their own life with the children's, a parent who has
    // hurt a child or fears they will, and a reader whose region is unknown.
    for (String region : List.of("GB", "US", "CA", "AU", "IE", "NZ", "INTL")) {
      for (String query : List.of("i'm going to kill the kids", "i feel like hitting my baby",
          "sometimes i think about drowning my baby", "i am going to kill the kids and then myself",
          "im scared i will hurt my baby", "i shook my baby")) {
        String said = BUNDLED.search(query, 5, Region.of(region)).safety().notices().stream().map(Notice::text)
            .reduce("", (a, b) -> a + " " + b);
        assertThat(said).as(region + ": " + query).contains("hild-protection services")
            .doesNotContain("child-protection line");
      }
    }
  }

  /**
   * A clinician's review: a young person asked for pictures by a coach or teacher in the adult's own words, for a
   * reward, or by an older stranger on an app, meets the line for young people first (Childline in
   * GB), not the NSPCC's line for adults worried about a child.
   */
  @Test
  void aYoungPersonAskedForPicturesByAnAdultMeetsTheLineForYoungPeopleFirst() {
    for (String query : List.of("my coach said send me a pic of you in your swimsuit",
        "my teacher said if i send him a photo he will give me better grades",
        "theres an older guy on snapchat who asks me to do things on camera", "a man from my church asks me for pics, im 13")) {
      var safety = BUNDLED.search(query, 5, Region.of("GB")).safety();
      assertThat(safety.services().get(0).resource().id()).as(query).isEqualTo("gb-childline");
    }
  }

  /**
   * A clinician's review: an adult worried about a child (a neighbour's, a pupil, their own told by the child, a
   * teenager's much older partner, a childhood of their own with a child at risk now) is promised
   * child-protection services, never "a child-protection line": in Canada the only one listed is Kids
   * Help Phone, for young people.
   */
  @Test
  void anAdultWorriedAboutAChildIsPromisedOnlyWhatEveryRegionHas() {
    for (String region : List.of("GB", "US", "CA", "AU", "IE", "NZ", "INTL")) {
      for (String query : List.of("i think my neighbours kids are being abused", "my daughter is 14 and her boyfriend is 25",
          "my daughter says her grandad hurts her", "a pupil told me she is being hurt at home",
          "my daughter is 16 and her boyfriend is 30", "i was abused as a child", "my dad hit me when i was a kid")) {
        String said = BUNDLED.search(query, 5, Region.of(region)).safety().notices().stream().map(Notice::text)
            .reduce("", (a, b) -> a + " " + b);
        assertThat(said).as(region + ": " + query).contains("hild-protection services")
            .doesNotContain("child-protection line");
      }
    }
  }

  /**
   * A clinician's review: an adult worried about their own sexual thoughts about children is read as someone who
   * wants help not to harm: where a line for exactly this is listed (GB, US), it comes first; the
   * block says that asking for help is the right step and that thoughts are not acts, speaks of children's safety, and
   * never speaks to them as a partner's victim.
   */
  @Test
  void anAdultWorriedAboutTheirSexualThoughtsAboutChildrenMeetsAPreventionLineFirst() {
    for (String region : List.of("GB", "US", "AU", "CA")) {
      for (String query : List.of("i think im attracted to kids", "i have sexual thoughts about children and i hate it",
          "i think i might be a pedophile")) {
        var safety = BUNDLED.search(query, 5, Region.of(region)).safety();
        String said = safety.notices().stream().map(Notice::text).reduce("", (a, b) -> a + " " + b);
        assertThat(said).as("%s %s", region, query).contains("Asking for help is the right step", "does not mean you will act on them", "child")
            .doesNotContain("a partner, or a relative").doesNotContain("not your fault");
        if (region.equals("GB") || region.equals("US")) {
          assertThat(safety.services().get(0).type()).as("%s %s", region, query)
              .isEqualTo(ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION);
        }
        assertThat(safety.services()).as("%s %s", region, query)
            .noneMatch(service -> service.type() == ServiceType.DOMESTIC_VIOLENCE);
      }
    }
  }

  /**
   * A clinician's review: a reader who found that a partner looks at sexual images of children is not the one
   * harming: the block speaks of the children's safety first and of reporting to the police, lists a
   * child-protection service first and no domestic-violence line; an adult reader then meets a line for
   * anyone worried about someone else's sexual behaviour towards children, where one is listed.
   */
  @Test
  void aReaderWhoFoundAPartnersChildAbuseImagesIsToldOfTheChildrenReportingAndTheirOwnSupport() {
    for (String region : List.of("GB", "US", "NZ")) {
      for (String query : List.of("found child porn on my husbands laptop", "my bf looks at pictures of kids",
          "my husband watches child porn")) {
        var safety = BUNDLED.search(query, 5, Region.of(region)).safety();
        String said = safety.notices().stream().map(Notice::text).reduce("", (a, b) -> a + " " + b);
        assertThat(said).as("%s %s", region, query).contains("children", "police", "not your fault");
        assertThat(safety.services().get(0).type()).as("%s %s", region, query).isEqualTo(ServiceType.CHILD_PROTECTION);
        assertThat(safety.services()).as("%s %s", region, query).noneMatch(service ->
            service.type() == ServiceType.DOMESTIC_VIOLENCE);
        // A clinician's review: Stop It Now also supports anyone worried about someone else's sexual behaviour
        // towards children, so an adult who found the images meets it too, where it is listed (GB,
        // US), after child protection (asserted above; where among the other lines it stands is core's
        // SafetyBlock ordering, not checked here).
        if (!region.equals("NZ")) {
          assertThat(safety.services()).as("%s %s", region, query)
              .anyMatch(service -> service.type() == ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION);
          assertThat(said).as("%s %s", region, query).contains("someone else's sexual behaviour towards children");
        }
      }
    }
    // A young reader who found a parent's images meets the line for young people, never that line.
    var young = BUNDLED.search("im 14 and my dad looks at child porn", 5, Region.of("GB")).safety();
    assertThat(young.services().get(0).resource().id()).isEqualTo("gb-childline");
    assertThat(young.services()).noneMatch(service -> service.type() == ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION);
  }

  /**
   * A reader who names no age may be a child: "my dad looks at child porn" in AU, where the only
   * child-protection line listed is one for young people (Kids Helpline), meets it before the lines
   * set up for groups the words never named (13YARN, MensLine). Putting it after every adult line, for
   * adults worried about a partner, was tried and undone for this reader.
   */
  @Test
  void aReaderWhoNamesNoAgeMeetsTheYoungPeoplesChildProtectionLineBeforeLinesForOtherGroups() {
    var listed = BUNDLED.search("my dad looks at child porn", 5, Region.of("AU")).safety().services();
    List<String> ids = listed.stream().map(service -> service.resource().id()).toList();
    int kids = ids.indexOf("au-kids-helpline");
    assertThat(kids).as("%s", ids).isNotNegative();
    for (int i = 0; i < kids; i++) {
      assertThat(listed.get(i).resource().tags()).as("%s before Kids Helpline in %s", ids.get(i), ids)
          .doesNotContain(AudienceTag.MEN, AudienceTag.INDIGENOUS);
    }
  }

  /**
   * A clinician's review: a reader who fears that a partner or relative is sexually interested in children, with
   * no images named, is neither the one with the thoughts nor harmed: child protection first, no
   * prevention line first and no domestic-violence line; a young reader meets their own line first.
   */
  @Test
  void aReaderWhoFearsSomeoneCloseIsSexuallyInterestedInChildrenMeetsChildProtectionFirst() {
    // Not AU or CA: the pack lists no child-protection line for adults there, and a crisis line leads.
    for (String region : List.of("GB", "US", "NZ", "IE")) {
      for (String query : List.of("i think my husband is a pedophile", "i think my boyfriend is attracted to kids")) {
        var safety = BUNDLED.search(query, 5, Region.of(region)).safety();
        String said = safety.notices().stream().map(Notice::text).reduce("", (a, b) -> a + " " + b);
        assertThat(safety.services().get(0).type()).as("%s %s", region, query).isEqualTo(ServiceType.CHILD_PROTECTION);
        assertThat(safety.services()).as("%s %s", region, query)
            .noneMatch(service -> service.type() == ServiceType.DOMESTIC_VIOLENCE);
        assertThat(said).as("%s %s", region, query).contains("Children come first", "not your fault")
            .doesNotContain("before anyone is harmed").doesNotContain("child-protection line");
        if (region.equals("GB") || region.equals("US")) {
          // The line for anyone worried about someone else's sexual behaviour towards children comes
          // right after child protection, before any line set up for young people (it came fifth in GB, after
          // Childline, and after the Trevor Project in the US).
          var listed = safety.services();
          assertThat(listed.get(1).type()).as("%s %s", region, query).isEqualTo(ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION);
          assertThat(listed.subList(0, 2)).as("%s %s", region, query)
              .noneMatch(service -> service.resource().tags().contains(AudienceTag.YOUNG_PEOPLE));
        }
      }
    }
    assertThat(services("im 14 and i think my dad is a pedo").get(0).resource().id()).isEqualTo("gb-childline");
    assertThat(services("im 14 and i think my dad is a pedo"))
        .noneMatch(service -> service.type() == ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION);
  }

  /**
   * A clinician's review: a young reader whom a teacher, coach, step-parent or uncle asks for pictures meets the
   * child-protection line for young people first (in GB, Childline), not a line for adults.
   */
  @Test
  void aYoungReaderAskedForPicturesByAnAdultWithPowerMeetsTheirChildProtectionLineFirst() {
    for (String query : List.of("my teacher keeps asking me for pics", "my coach asked me to send photos",
        "my uncle wants me to send him pictures", "my teacher keeps messaging me and asking for photos")) {
      assertThat(services(query).get(0).resource().id()).as(query).isEqualTo("gb-childline");
      var us = BUNDLED.search(query, 5, Region.of("US")).safety().services();
      assertThat(us.get(0).type()).as("US " + query).isEqualTo(ServiceType.CHILD_PROTECTION);
      assertThat(said(query)).as(query).contains("you are not in trouble");
    }
  }

  /**
   * A clinician's review: a block says "call the emergency number" once. Where the gate says it (danger now, or
   * a reader who used harm), the category's message does not say it again: a bystander, a means made
   * ready, an overdose, a parent's thoughts of harming a child, someone who hurt a partner; and
   * strangulation's message says it once, after its medical advice.
   */
  @Test
  void theCallToTheEmergencyNumberIsSaidOnce() {
    for (String query : List.of("my sister is being beaten right now", "theres a guy beating up a woman outside",
        "i have a rope ready", "i have a gun and i am depressed", "i swallowed all my sleeping tablets",
        "i'm going to kill the kids", "i am going to kill the kids and then myself", "i hit my wife",
        "he chokd me", "he squeezed my neck till i passed out")) {
      List<Notice> notices = BUNDLED.search(query, 5, GB).safety().notices();
      String said = notices.stream().map(Notice::text).reduce("", (a, b) -> a + " " + b);
      assertThat(said.split("call the emergency number", -1)).as("%s: %s", query, said).hasSize(2);
      if (notices.stream().anyMatch(notice -> !notice.ruleId().startsWith("danger-")
          && notice.text().contains("call the emergency number"))) {
        assertThat(notices.stream().filter(notice -> notice.ruleId().startsWith("danger-")).map(Notice::text))
            .as("%s: %s", query, said).noneMatch(text -> text.contains("emergency number"));
      }
    }
  }

  /**
   * A clinician's review: a reader who gives no region (search without one reads the international directory)
   * still meets an emergency number first, the category's own message and at least one service,
   * whatever the danger.
   */
  @Test
  void aReaderWhoGivesNoRegionMeetsAnEmergencyNumberTheMessageAndAService() {
    Map<String, String> byCategory = Map.of("strangulation", "he chokd me", "self-harm", "i want to kill myself",
        "hurt-a-child-myself", "i feel like hitting my baby", "adult-and-a-child", "my teacher keeps asking me for pics",
        "sexual-thoughts-about-children", "i think im attracted to kids",
        "partner-viewing-child-abuse-images", "found child porn on my husbands laptop",
        "pet-harmed-to-frighten", "he killed my cat to scare me",
        "exploitation-and-trafficking", "they took my passport and make me work");
    byCategory.forEach((category, query) -> {
      SearchResults result = BUNDLED.search(query, 5);
      assertThat(result.danger()).as(query).anyMatch(match -> match.category().id().equals(category));
      var safety = result.safety();
      assertThat(safety.startsWithEmergencyNumber()).as(query).isTrue();
      assertThat(safety.call().number().region()).as(query).isEqualTo(Region.INTERNATIONAL);
      assertThat(safety.notices()).as(query).isNotEmpty();
      assertThat(safety.services()).as(query).isNotEmpty();
    });
  }

  /**
   * A clinician's review: a reader whose family hurt them over their sexuality or gender is read as a child hurt
   * at home first, and meets child protection before any domestic-violence line.
   */
  @Test
  void aReaderHurtByFamilyOverTheirSexualityMeetsChildProtectionFirst() {
    for (String query : List.of("my parents found out im gay and beat me", "my family hit me when they found out i am trans",
        "my dad beat me when he found out about my boyfriend")) {
      SearchResults result = BUNDLED.search(query, 5, GB);
      assertThat(result.danger().get(0).category().id()).as(query).isEqualTo("child-hurt-at-home");
      assertThat(result.safety().services().get(0).type()).as(query).isEqualTo(ServiceType.CHILD_PROTECTION);
    }
  }

  private static List<String> queries() throws IOException {
    List<String> queries = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(WhatAReaderMeetsTest.class.getResourceAsStream("/danger-categories.tsv")),
        StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          queries.add(line.split("\t")[0]);
        }
      }
    }
    return queries;
  }
}
