package org.trustatlas.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.safety.AudienceTag;
import org.trustatlas.core.safety.Notice;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyBlock;
import org.trustatlas.core.safety.SafetyItem;
import org.trustatlas.core.safety.SafetyLevel;
import org.trustatlas.core.safety.ServiceType;

/**
 * The service a reader meets first, and the message they read, when their words say who they are:
 * a child telling of abuse at home, a young person blackmailed with pictures, someone who has harmed.
 * From a blind clinical reading of the tool (a blind clinical reading).
 */
class WhoIsMetFirstTest {

  private static final TrustAtlas BUNDLED = TrustAtlas.bundled();

  private static SafetyBlock safety(String region, String words) {
    return BUNDLED.search(words, 10, Region.of(region)).safety();
  }

  private static String first(String region, String words) {
    return safety(region, words).services().get(0).resource().id();
  }

  private static String text(SafetyBlock safety) {
    return String.join(" ", safety.notices().stream().map(Notice::text).toList());
  }

  @Test
  void aChildTellingOfATouchAtHomeMeetsChildlineFirst() {
    for (String words : List.of("my mum's boyfriend touches me at night", "my stepdad comes in my room at night",
        "my uncle touches me when mum is out", "my mums bf keeps touching me when mum goes out",
        "my step dad is touching me and says dont tell")) {
      assertThat(first("GB", words)).as(words).isEqualTo("gb-childline");
    }
    // "me 15" is the reader's age as "im 15" is (a clinician's second review, 2026-12-07).
    for (String words : List.of("me 15 my stepdad hits me", "me 16 my boss keep touch my leg when nobody see",
        "me 14 my mam slaps me", "me 14 my mam hits me")) {
      assertThat(first("GB", words)).as(words).isEqualTo("gb-childline");
    }
    // A parent telling of their child keeps the line for adults first.
    assertThat(first("GB", "my husband touching my daughter")).isEqualTo("gb-nspcc-helpline");
  }

  /**
   * A child of 12 to 14 touched by an adult meets every line for young people before any line for anyone (a clinician-
   * engineer's spot-check, 2026-12-08): Rape Crisis in England and Wales takes calls from 16, and a 12-year-old must not
   * meet such a line before their own. Lines for a young person of one identity (LGBTQ) are not theirs unless they say so.
   */
  @Test
  void aYoungReaderMeetsEveryYoungPeoplesLineBeforeALineForAnyone() {
    for (String region : List.of("GB", "US", "AU", "CA", "IE", "NZ")) {
      for (String words : List.of("my stepdad touches me im 12", "im 13 and my coach touched me", "me 14 my uncle raped me")) {
        List<SafetyItem.Service> services = safety(region, words).services();
        int lastYoung = -1;
        int firstForAnyone = services.size();
        for (int i = 0; i < services.size(); i++) {
          List<AudienceTag> tags = services.get(i).resource().tags();
          if (tags.equals(List.of(AudienceTag.YOUNG_PEOPLE))) {
            lastYoung = i;
          } else if (tags.isEmpty()) {
            firstForAnyone = Math.min(firstForAnyone, i);
          }
        }
        assertThat(lastYoung).as("%s in %s: the last young people's line comes before any line for anyone (%s)", words,
            region, services.stream().map(service -> service.resource().id()).toList()).isLessThan(firstForAnyone);
      }
    }
  }

  @Test
  void someoneWhoHasHarmedMeetsTheBehaviourChangeLineFirstAndNoVictimsMessage() {
    for (String[] row : List.of(new String[] {"GB", "i think i raped someone"},
        new String[] {"AU", "how do i stop being abusive to my partner"},
        new String[] {"GB", "i pressured my gf into sex when she was drunk"})) {
      SafetyBlock safety = safety(row[0], row[1]);
      assertThat(safety.services().get(0).type()).as(row[1]).isEqualTo(ServiceType.BEHAVIOUR_CHANGE);
      assertThat(text(safety)).as(row[1]).doesNotContain("happened to you", "happening to you", "never the fault");
    }
  }

  /**
   * A parent telling of a teenager hurt by a partner, or a reader of no stated age raped by a step-parent, is met
   * about a child (a clinician's review, 2026-12-07): the line for adults worried about a child first, and the young person's own line
   * right after it, not after every adult line.
   */
  @Test
  void aTeenagerAtRiskHasTheYoungPersonsLineNextToChildProtection() {
    for (String words : List.of("my son is 16 and his girlfriend hits him",
        "my 16 year old son is being hit by his girlfriend", "my step dad raped me last night")) {
      List<String> ids = safety("GB", words).services().stream().map(service -> service.resource().id()).toList();
      assertThat(ids).as(words).startsWith("gb-nspcc-helpline", "gb-childline");
    }
    // A grown reader keeps the adult lines before a line for young people.
    List<String> grown = safety("GB", "i am 40 and my stepdad raped me last night").services().stream()
        .map(service -> service.resource().id()).toList();
    assertThat(grown).as("a grown reader").isNotEmpty();
    assertThat(grown.get(0)).as("a grown reader's first line").isNotIn("gb-nspcc-helpline", "gb-childline");
    assertThat(grown.indexOf("gb-childline")).as("a grown reader meets Childline, if at all, after an adult line")
        .isNotIn(0, 1);
  }

  /**
   * A young reader who looks at sexual images of children, or has sexual thoughts about younger children, is a
   * child too (a clinician's second review, 2026-12-07): a young people's line first, never a prevention line for adults, and
   * a message about stopping and getting help written to them; a parent who finds it on their child's phone meets
   * child protection first, never the message about an adult partner's choice.
   */
  @Test
  void aYoungReaderWhoLooksAtAbuseImagesMeetsAYoungPeoplesLineFirst() {
    for (String[] row : List.of(new String[] {"GB", "gb-childline", "im 16 and i look at child porn and want to stop"},
        new String[] {"AU", "au-kids-helpline", "im 15 and i watch cp"},
        new String[] {"CA", "ca-kids-help-phone", "im 17 and attracted to younger kids"},
        // A clinician's spot-check, 2026-12-07: the age told other ways.
        new String[] {"GB", "gb-childline", "15 and i watch cp"},
        new String[] {"GB", "gb-childline", "15 yo here i look at cp pls help"},
        new String[] {"GB", "gb-childline", "me 16 i look at child porn"},
        new String[] {"CA", "ca-kids-help-phone", "me 15 i have sexual thoughts about little kids"},
        // A clinician-engineer's review, 2026-12-08: the age told after the words.
        new String[] {"GB", "gb-childline", "i watch cp im 15"},
        new String[] {"GB", "gb-childline", "i look at child porn and im 16"},
        new String[] {"AU", "au-kids-helpline", "i have thoughts about little kids, im 14"},
        // A clinician's review, 2026-12-08: their own words said other ways, the age only a school year.
        new String[] {"GB", "gb-childline", "year 10 here i keep looking at cp what do i do"},
        new String[] {"GB", "gb-childline", "im 15 and i get turned on by little girls when i babysit"},
        new String[] {"AU", "au-kids-helpline", "i have been watching cp since i was 13 and now im 16"},
        new String[] {"GB", "gb-childline", "im 14 and i watch cp videos every night"})) {
      SafetyBlock safety = safety(row[0], row[2]);
      assertThat(first(row[0], row[2])).as(row[2]).isEqualTo(row[1]);
      assertThat(safety.services()).as(row[2])
          .noneMatch(service -> service.type() == ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION);
      assertThat(text(safety)).as(row[2]).contains("stopping looking now matters", "young people",
              "usually talk with you first", "it is not a report to the police")
          .doesNotContain("Reaching out before anyone is harmed");
    }
    // A parent, with or without the child's age (a clinician-engineer's review, 2026-12-08: "i found cp on my sons phone"
    // was feared read as the reader being the child): child protection first, delete nothing, never a young people's line first.
    for (String words : List.of("i am a mum and i found cp on my sons phone, he is 13", "i found cp on my sons phone",
        "found child porn on my daughters laptop", "i found child porn on my kids computer")) {
      SafetyBlock parent = safety("GB", words);
      assertThat(parent.services().get(0).resource().id()).as(words).isEqualTo("gb-nspcc-helpline");
      assertThat(text(parent)).as(words).contains("your own child", "Keep the device out of use", "delete nothing",
          "asking them for pictures or threatening them")
          .doesNotContain("that is their choice", "stopping looking now matters", "Leave the device");
    }
    // A child the reader knows, not their own (a clinician's review, 2026-12-08).
    for (String words : List.of("im a teacher a 14 year old pupil told me he looks at cp",
        "my little brother is 14 and i think he watches cp")) {
      SafetyBlock known = safety("GB", words);
      assertThat(known.services().get(0).type()).as(words).isEqualTo(ServiceType.CHILD_PROTECTION);
      assertThat(text(known)).as(words).contains("a child you know").doesNotContain("that is their choice",
          "help exists for young people");
    }
  }

  /**
   * A young reader's second line (a clinician-engineer's review, 2026-12-08): where the region has a second line set up for
   * young people, it comes before the child-protection line for adults (NZ: What's Up, then Youthline, then Oranga
   * Tamariki). GB has one young people's line for these types, Childline, so the NSPCC's line for adults worried about a
   * child is second there: there is no young people's line of another kind to put before it.
   */
  @Test
  void aYoungReadersSecondLineIsAYoungPeoplesLineWhereTheRegionHasOne() {
    List<String> nz = safety("NZ", "i watch cp im 15").services().stream().map(s -> s.resource().id()).toList();
    assertThat(nz).as("NZ").startsWith("nz-whats-up", "nz-youthline");
    List<String> gb = safety("GB", "i watch cp im 15").services().stream().map(s -> s.resource().id()).toList();
    assertThat(gb).as("GB").startsWith("gb-childline", "gb-nspcc-helpline");
  }

  /**
   * Another person's age in an adult's words is not the reader's (a clinician's review, 2026-12-08): "i teach 14 year
   * olds" or "my niece is 15 and" beside an adult's own sexual thoughts about children meets the prevention line for
   * adults first, never a line for young people and never the message written to a young reader.
   */
  @Test
  void anAdultNamingAChildsAgeIsNotReadAsAYoungReader() {
    for (String words : List.of("i teach 14 year olds and i think im a pedo", "im 35 my niece is 15 and i think im a pedo",
        "i coach 15 year olds and i am attracted to them", "my stepdaughter is 14 and i am attracted to younger girls")) {
      SafetyBlock safety = safety("GB", words);
      assertThat(first("GB", words)).as(words).isEqualTo("gb-stop-it-now");
      String said = text(safety);
      assertThat(said).as(words).doesNotContain("help exists for young people")
          .contains("If you are under 18", "a helpline for children and young people");
      assertThat(said.indexOf("If you are under 18")).as(words).isLessThan(said.indexOf("Asking for help"));
    }
  }

  /**
   * A brother or sister touched by "our" relative, told by a sibling, meets a line for young people first; a hope not
   * to wake tomorrow meets the crisis line first; a young reader's own thoughts about little children meet a line for
   * young people first, never the adult prevention line (a clinician-engineer's spot-check, 2026-12-08, dangerh).
   */
  @Test
  void aSiblingsWordsAWishNotToWakeAndAYoungReadersThoughtsMeetTheirLineFirst() {
    for (String words : List.of("my brother is being touched by our uncle", "my little sister is being touched by our stepdad")) {
      assertThat(first("GB", words)).as(words).isEqualTo("gb-childline");
    }
    for (String words : List.of("i hope i dont wake up tomorrow", "i wish i wouldnt wake up tomorrow")) {
      assertThat(first("GB", words)).as(words).isEqualTo("gb-samaritans");
    }
    for (String words : List.of("14 i think about little kids sexually", "im 14 and i think about little kids sexually")) {
      assertThat(first("GB", words)).as(words).isEqualTo("gb-childline");
      assertThat(safety("GB", words).services()).as(words)
          .noneMatch(service -> service.resource().id().equals("gb-stop-it-now"));
    }
  }

  /**
   * A child shown or sent sexual images of children, or made to watch them (a clinician's review, 2026-12-08), meets a
   * line for young people first and is told it is abuse, never the message for an adult who found a partner's images.
   */
  @Test
  void aChildShownAbuseImagesMeetsAYoungPeoplesLineFirst() {
    for (String words : List.of("im 16 and my stepdad makes me watch cp with him",
        "15 and someone sent me cp on snapchat what do i do", "me 15 my older cousin showed me child porn")) {
      SafetyBlock safety = safety("GB", words);
      assertThat(first("GB", words)).as(words).isEqualTo("gb-childline");
      assertThat(text(safety)).as(words).contains("is abuse too", "it is not your fault")
          .doesNotContain("that is their choice")
          .doesNotContain("the shock of finding this");
    }
  }

  /**
   * A message fits every reader it is shown to (a clinician's second review, 2026-12-07): an adult who has looked at abuse
   * images is not told of reaching out "before anyone is harmed"; a reader only noticing that a partner fears
   * them is not told "Wanting to stop matters", which they have not said.
   */
  @Test
  void aMessageFitsEveryReaderItIsShownTo() {
    String looked = text(safety("GB", "i downloaded some images of kids i shouldnt have"));
    assertThat(looked).contains("stopping now matters").doesNotContain("before anyone is harmed");
    String noticing = text(safety("GB", "my wife only has sex with me because shes scared of me i think"));
    assertThat(noticing).contains("Noticing").doesNotContain("Wanting to stop");
  }

  @Test
  void anAdultWorriedAboutAChildIsSpokenToAboutTheChild() {
    SafetyBlock safety = safety("GB", "i think my neighbour's kids are being abused");
    assertThat(safety.services().get(0).type()).isEqualTo(ServiceType.CHILD_PROTECTION);
    assertThat(safety.services()).noneMatch(service -> service.type() == ServiceType.DOMESTIC_VIOLENCE);
    assertThat(text(safety)).contains("child").doesNotContain("never your fault");
  }

  /**
   * A reader who only wonders whether they are the abusive one may well be the one being hurt (a clinician-engineer's
   * review, 2026-12-08): an abusive partner often tells them they are the abuser. They meet a domestic-abuse line first
   * and a behaviour-change line after it, a message written to both, and never the notice that what they describe is
   * harm to their partner. Someone who tells of harm done keeps the behaviour-change line first and that notice.
   */
  @Test
  void aReaderWonderingWhetherTheyAreTheAbusiveOneMeetsADomesticAbuseLineFirstAndIsNotToldTheHarmIsTheirs() {
    for (String region : List.of("GB", "US", "AU")) {
      for (String words : List.of("am i the abusive one in my relationship", "my husband says im the abuser",
          "is it abuse if i check my girlfriends phone", "maybe im the problem, she says i control her")) {
        SafetyBlock safety = safety(region, words);
        List<ServiceType> types = safety.services().stream().map(SafetyItem.Service::type).toList();
        assertThat(types).as(region + ": " + words).startsWith(ServiceType.DOMESTIC_VIOLENCE)
            .contains(ServiceType.BEHAVIOUR_CHANGE);
        // The behaviour-change line the message names comes right after the domestic-abuse lines, before any other.
        assertThat(types.subList(0, types.indexOf(ServiceType.BEHAVIOUR_CHANGE))).as(region + ": " + words)
            .containsOnly(ServiceType.DOMESTIC_VIOLENCE);
        assertThat(text(safety)).as(region + ": " + words).contains("Many people ask whether they are the abusive one")
            .doesNotContain("What you describe is harm", "the harm is yours");
        assertThat(safety.notices()).as(region + ": " + words).extracting(Notice::ruleId)
            .doesNotContain("stopping-harm-is-the-readers-own-work", "danger-using-harm");
      }
      SafetyBlock admitted = safety(region, "i hit my girlfriend, am i abusive?");
      assertThat(admitted.services().get(0).type()).as(region).isEqualTo(ServiceType.BEHAVIOUR_CHANGE);
      assertThat(admitted.notices()).as(region).extracting(Notice::ruleId)
          .contains("stopping-harm-is-the-readers-own-work");
    }
  }

  /**
   * A young reader who has hurt a partner, or wonders whether they are the abusive one, meets a line for young people
   * first (a clinician-engineer's review, 2026-12-08): the behaviour-change lines in the directory are set up for adults,
   * and one listed first read "im 16 and i hit my girlfriend" as an adult's call. They may follow.
   */
  @Test
  void aYoungReaderWhoHurtOrWondersIfTheyHurtAPartnerMeetsAYoungPeoplesLineFirst() {
    for (String region : List.of("GB", "US", "AU")) {
      for (String words : List.of("im 16 and i hit my girlfriend", "im 15 am i the abusive one")) {
        List<SafetyItem.Service> services = safety(region, words).services();
        assertThat(services.get(0).resource().tags()).as(region + ": " + words).contains(AudienceTag.YOUNG_PEOPLE);
        assertThat(services.get(0).type()).as(region + ": " + words).isNotEqualTo(ServiceType.BEHAVIOUR_CHANGE);
      }
    }
  }

  /**
   * A young reader's own rape or sexual abuse (a clinician-engineer's review, 2026-12-08): the child and young
   * people's lines of the region lead, not a line for adults (RAINN led for "me 14 my uncle raped me" in the US,
   * before Childhelp), it is a child's harm (child-at-risk), and a line whose own audience starts above the reader's
   * stated age is not listed (Rape Crisis in England and Wales takes people from 16; it was shown to 13-year-olds).
   */
  @Test
  void aYoungReadersOwnRapeMeetsTheChildAndYoungPeoplesLinesFirst() {
    Map<String, String> firstIn = Map.of("US", "us-childhelp-national-child-abuse-hotline", "GB", "gb-childline",
        "CA", "ca-kids-help-phone", "AU", "au-kids-helpline", "IE", "ie-childline", "NZ", "nz-whats-up");
    Map<String, Integer> ages = Map.of("me 14 my uncle raped me", 14, "im 14 my uncle raped me", 14,
        "im 13 and my cousin raped me", 13, "i am 12 and my uncle raped me", 12, "i am 9 and my uncle raped me", 9);
    ages.forEach((words, age) -> {
      firstIn.forEach((region, line) -> {
        SafetyBlock safety = safety(region, words);
        List<String> ids = safety.services().stream().map(service -> service.resource().id()).toList();
        assertThat(ids).as("%s in %s", words, region).isNotEmpty();
        assertThat(ids.get(0)).as("%s in %s: %s", words, region, ids).isEqualTo(line);
        assertThat(safety.level()).as("%s in %s", words, region).isEqualTo(SafetyLevel.CHILD_AT_RISK);
        assertThat(safety.services()).as("%s in %s: %s", words, region, ids)
            .noneMatch(service -> service.resource().minimumAge().orElse(0) > age);
      });
    });
    // A child's age told in words is read the same; a grown reader's own rape keeps the lines for their age, whatever
    // a child's age beside it.
    assertThat(first("GB", "im nine and my step dad touches me")).isEqualTo("gb-childline");
    assertThat(safety("GB", "im nine and my step dad touches me").services())
        .noneMatch(service -> service.resource().minimumAge().isPresent());
    assertThat(safety("GB", "i am 40 and my daughter is 12 and my husband raped me").services())
        .anyMatch(service -> service.resource().id().equals("gb-rape-crisis-247-support-line"));
    // A 16-year-old is within Rape Crisis's age: it stays, after the young people's lines.
    List<String> sixteen = safety("GB", "im 16 and my uncle raped me").services().stream()
        .map(service -> service.resource().id()).toList();
    assertThat(sixteen.get(0)).isEqualTo("gb-childline");
    assertThat(sixteen).contains("gb-rape-crisis-247-support-line");
    // An adult raped meets the sexual-assault lines first, as before.
    assertThat(first("GB", "my uncle raped me last night")).isEqualTo("gb-rape-crisis-247-support-line");
    assertThat(safety("GB", "my uncle raped me last night").level()).isEqualTo(SafetyLevel.PARTNER_HARM);
  }

  /**
   * A young reader who gives no region (a clinician-engineer's review, 2026-12-08) meets the emergency advice first
   * and the one line for children the pack lists everywhere (Child Helpline International, a directory of the
   * child helplines of each country) before the crisis-line directory. The pack lists no sexual-assault service for
   * INTL (a known gap: see resources.yaml), so a raped child with no region meets no sexual-assault line.
   */
  @Test
  void aYoungReaderWithNoRegionMeetsTheEmergencyAdviceAndTheChildHelplineDirectory() {
    for (String words : List.of("im 13 my dad hits me", "im 14 my uncle raped me", "me 14 my uncle raped me")) {
      SafetyBlock safety = safety("INTL", words);
      assertThat(safety.startsWithEmergencyNumber()).as(words).isTrue();
      assertThat(safety.call().number().region()).as(words).isEqualTo(Region.INTERNATIONAL);
      assertThat(safety.services().get(0).resource().id()).as(words).isEqualTo("intl-child-helpline-international");
      assertThat(safety.level()).as(words).isEqualTo(SafetyLevel.CHILD_AT_RISK);
    }
  }

  /**
   * A reader told they are abusive by a partner who hits them (a clinician-engineer's review, 2026-12-08) is read as hit
   * first: the partner's violence and its message lead, the question whether they are the abusive one after. A reader
   * who only asks still meets that question first.
   */
  @Test
  void aReaderCalledAbusiveByAPartnerWhoHitsThemIsReadAsHitFirst() {
    for (String words : List.of("my wife says im abusive but she hits me", "my husband says im abusive but he hits me")) {
      SearchResults results = BUNDLED.search(words, 10, Region.of("GB"));
      assertThat(results.danger().get(0).category().id()).as(words).isEqualTo("partner-violence");
      assertThat(results.safety().notices().get(0).ruleId()).as(words).isEqualTo("danger-partner-violence");
    }
    assertThat(BUNDLED.search("am i the abusive one", 10, Region.of("GB")).danger().get(0).category().id())
        .isEqualTo("wondering-if-abusive");
  }

  /**
   * A child's rape told by a parent or a brother or sister, the child's age given (a clinician-engineer's spot-check,
   * 2026-12-08, dangern): child protection first and the child's own line next, sexual-assault services after, and a line
   * that takes calls from 16 never listed for a younger child. A young reader's age as forums write it ("14f", "14 f")
   * counts as "im 14".
   */
  @Test
  void aChildsRapeToldByFamilyMeetsChildProtectionFirstAndNoLineTheChildIsTooYoungFor() {
    for (String words : List.of("my stepdad rapes my sister she is 10", "my daughter is 12 and she was raped",
        "my sister is 12 and was raped")) {
      SafetyBlock safety = safety("GB", words);
      List<String> ids = safety.services().stream().map(s -> s.resource().id()).toList();
      assertThat(ids).as(words).startsWith("gb-nspcc-helpline", "gb-childline")
          .doesNotContain("gb-rape-crisis-247-support-line");
    }
    for (String words : List.of("my daughter is 14 and was raped", "my son is 15 and was sexually assaulted at camp",
        "14 f got sa'd by my friends brother", "14f got sa by my friends brother")) {
      assertThat(first("US", words)).as(words).isEqualTo("us-childhelp-national-child-abuse-hotline");
    }
    // A grown daughter's rape years ago keeps the sexual-assault line.
    assertThat(first("GB", "my daughter was raped years ago and she is 30 now")).isEqualTo("gb-rape-crisis-247-support-line");
  }

  /**
   * A young reader's own rape, by a boyfriend as much as by an adult, is a child at risk (a clinician-engineer's
   * spot-check, 2026-12-08, dangern), the young people's line first; a boyfriend's blows alone stay a partner's harm.
   */
  @Test
  void aYoungReadersRapeByABoyfriendIsAChildAtRisk() {
    SafetyBlock gb = safety("GB", "i am 15 and my boyfriend raped me");
    assertThat(gb.level()).isEqualTo(SafetyLevel.CHILD_AT_RISK);
    assertThat(gb.services().get(0).resource().id()).isEqualTo("gb-childline");
    SafetyBlock ca = safety("CA", "im 13 and my boyfriend raped me");
    assertThat(ca.level()).isEqualTo(SafetyLevel.CHILD_AT_RISK);
    assertThat(ca.services().get(0).resource().id()).isEqualTo("ca-kids-help-phone");
    assertThat(safety("GB", "i am 15 and my boyfriend hits me").level()).isEqualTo(SafetyLevel.PARTNER_HARM);
  }
}
