package org.trustatlas.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.danger.DangerCategory;
import org.trustatlas.content.danger.DangerVocabulary;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.safety.Notice;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyItem;
import org.trustatlas.core.safety.ServiceType;

/** Danger recognised in search: a number first for every category and region, and no loose match on a danger word. */
class DangerSearchTest {

  private static final TrustAtlas BUNDLED = TrustAtlas.bundled();
  private static final List<Region> REGIONS = List.of(Region.of("GB"), Region.of("US"), Region.INTERNATIONAL,
      Region.of("FR"));

  private static TrustAtlas minimal() {
    try {
      return TrustAtlas.load(Path.of(DangerSearchTest.class.getResource("/packs/minimal").toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @TestFactory
  List<DynamicTest> everyCategoryShowsANumberFirstInEveryRegionEvenWithNoConceptToShow() {
    TrustAtlas empty = minimal();
    List<DynamicTest> tests = new ArrayList<>();
    for (DangerCategory category : BUNDLED.dangerVocabulary().categories()) {
      String words = category.phrases().get(0).replaceAll("[(){}]", "");
      tests.add(DynamicTest.dynamicTest(category.id() + ": " + words, () -> {
        for (Region region : REGIONS) {
          for (TrustAtlas atlas : List.of(BUNDLED, empty)) {
            SearchResults results = atlas.search(words, 10, region);
            assertThat(results.danger()).as("%s in %s", words, region).isNotEmpty();
            assertThat(results.safety().startsWithEmergencyNumber()).isTrue();
            ServiceType first = category.services().get(0);
            if (!BUNDLED.resourceDirectory().find(region, first).isEmpty()) {
              assertThat(results.safety().services().get(0).type()).as("%s in %s lists %s first", category.id(),
                  region, first).isEqualTo(first);
            }
            SafetyItem.Call call = results.safety().call();
            if (!BUNDLED.resourceDirectory().listsEmergencyNumber(region) || region.international()) {
              assertThat(call.elsewhere()).extracting(n -> n.primary()).contains("911", "999", "000");
            }
          }
        }
      }));
    }
    return tests;
  }

  @Test
  void aDangerQueryInAPackWithoutTheConceptsStillShowsANumberWithZeroHits() {
    SearchResults results = minimal().search("i want to die", 5, Region.of("GB"));
    assertThat(results.hits()).isEmpty();
    assertThat(results.safety().emergencyNumber().primary()).isEqualTo("999");
    assertThat(results.safety().services().get(0).resource().id()).isEqualTo("gb-samaritans");
  }

  /**
   * Characters no one sees (a soft hyphen, joiners, direction marks) must not hide a word; nor may a
   * zero-width space slipped into one hide danger.
   */
  @Test
  void invisibleCharactersInsideAWordNeitherHideDangerNorTheConceptMeant() {
    for (String invisible : List.of("\u200B", "\u00AD", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200E",
        new String(Character.toChars(0xE0020)))) {
      SearchResults hit = BUNDLED.search("he h" + invisible + "its me", 5, Region.of("GB"));
      assertThat(hit.danger()).as("U+%04X", invisible.codePointAt(0)).isNotEmpty();
    }
    for (String invisible : List.of("\u00AD", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200E")) {
      assertThat(BUNDLED.search("my partner is chea" + invisible + "ting on me", 5, Region.of("GB")).hits().get(0)
          .concept().id().value()).as("U+%04X", (int) invisible.charAt(0)).isEqualTo("infidelity");
    }
  }

  /** A zero-width space (or an invisible separator) where a space would be parts words, as a space does. */
  @Test
  void aZeroWidthSpaceBetweenWordsPartsThemForDangerAndForRanking() {
    for (String space : List.of("\u200B", "\u2063")) {
      String hits = String.join(space, "he", "hits", "me");
      assertThat(BUNDLED.search(hits, 5, Region.of("GB")).danger()).as("U+%04X", (int) space.charAt(0))
          .extracting(match -> match.category().id()).contains("partner-violence");
      String cheating = String.join(space, "my", "partner", "is", "cheating", "on", "me");
      SearchResults results = BUNDLED.search(cheating, 5, Region.of("GB"));
      assertThat(results.danger()).as("U+%04X", (int) space.charAt(0)).isEmpty();
      assertThat(results.hits().get(0).concept().id().value()).as("U+%04X", (int) space.charAt(0))
          .isEqualTo("infidelity");
    }
  }

  /** Told with abuse in longer words, a risk to the reader's own life still leads the block. */
  @Test
  void aRiskToTheReadersOwnLifeLeadsWhateverElseIsSaidAndHowLong() {
    for (String words : List.of("he told me to kill myself and i tried last night",
        "she told me to go kill myself and i agreed",
        "he said everyone would be better off without me and hes right",
        "my ex told me to go kill myself so i took a bunch of pills",
        "my husband controls all my money and checks my phone every night and i want to die")) {
      SearchResults results = BUNDLED.search(words, 5, Region.of("GB"));
      assertThat(results.danger().get(0).category().risksTheReadersLife()).as(words).isTrue();
      assertThat(results.safety().services().get(0).resource().id()).as(words).isEqualTo("gb-samaritans");
      assertThat(results.safety().notices().get(0).ruleId()).as(words)
          .isIn("self-harm-risk-comes-first", "danger-overdose-taken");
    }
    // With no joining word the reply reads as with "and": the reader's own risk first, then the urging.
    for (String words : List.of("he told me to kill myself i want to", "she keeps telling me to kys i might",
        "bf said i should die i think hes right")) {
      assertThat(BUNDLED.search(words, 5, Region.of("GB")).danger()).as(words)
          .extracting(match -> match.category().id()).containsExactly("self-harm", "urged-to-die");
    }
  }

  @Test
  void theRightLineComesFirstForEachKindOfDanger() {
    assertThat(firstService("i want to die")).isEqualTo("gb-samaritans");
    assertThat(firstService("he chokes me")).isEqualTo("gb-national-domestic-abuse-helpline");
    assertThat(firstService("he raped me")).isEqualTo("gb-rape-crisis-247-support-line");
    assertThat(firstService("i hit my wife and want to stop")).isEqualTo("gb-respect-phoneline");
  }

  private static String firstService(String query) {
    return BUNDLED.search(query, 5, Region.of("GB")).safety().services().get(0).resource().id();
  }

  @Test
  void aHurtOrFrightenedReaderIsNeverTakenForSomeoneUsingHarm() {
    for (String words : List.of("i was abused", "i am abused by my husband", "i was abused as a child",
        "i was hurt by my boyfriend", "i got hit by my wife", "im scared of my husband",
        "i hit him back to get him off me", "i was hurt when my boyfriend forgot my birthday")) {
      assertThat(BUNDLED.search(words, 5, Region.of("GB")).danger())
          .as(words).noneMatch(match -> match.category().id().equals("using-harm"));
    }
    assertThat(BUNDLED.search("i was abusive to my wife", 5, Region.of("GB")).danger())
        .anyMatch(match -> match.category().id().equals("using-harm"));
  }

  @Test
  void aChildWithAnAdultIsSpokenToAsAChildNotAsAnAdultHarmedByAPartner() {
    for (String words : List.of("im 14 and my boyfriend is 25", "my daughter is 14 and her boyfriend is 22",
        "my teacher and i are in love")) {
      var safety = BUNDLED.search(words, 10, Region.of("GB")).safety();
      assertThat(safety.services().get(0).type()).as(words).isEqualTo(ServiceType.CHILD_PROTECTION);
      assertThat(safety.services()).as(words).noneMatch(service -> service.type() == ServiceType.DOMESTIC_VIOLENCE);
      assertThat(safety.notices()).as(words).noneMatch(notice -> notice.ruleId().equals("partner-harm-safety-first"));
    }
    // An adult harmed by a partner keeps every domestic-violence line, also when children are there.
    for (String words : List.of("he forced himself on me", "my husband hits me in front of the kids",
        "he has a knife and says he will kill me and the kids are watching", "my baby's father hits me")) {
      var adult = BUNDLED.search(words, 10, Region.of("GB")).safety();
      assertThat(adult.services()).as(words).anyMatch(service -> service.type() == ServiceType.DOMESTIC_VIOLENCE);
    }
    assertThat(BUNDLED.search("my husband hits me in front of the kids", 10, Region.of("GB")).safety().notices())
        .anyMatch(notice -> notice.ruleId().equals("partner-harm-safety-first"));
  }

  @Test
  void aYoungReaderHarmedByAPartnerIsAlsoGivenChildProtectionAndKeepsTheDomesticViolenceLines() {
    for (String region : List.of("GB", "US")) {
      for (String words : List.of("im 14 and my boyfriend hits me", "i have 15 years and my boyfriend forced me to have sex",
          "i am 15 and my girlfriend choked me")) {
        var safety = BUNDLED.search(words, 10, Region.of(region)).safety();
        assertThat(safety.services()).as(words + " in " + region)
            .anyMatch(service -> service.type() == ServiceType.CHILD_PROTECTION);
      }
      var parent = BUNDLED.search("my husband hits me and i am 40", 10, Region.of(region)).safety();
      assertThat(parent.services()).as("a parent in " + region)
          .noneMatch(service -> service.type() == ServiceType.CHILD_PROTECTION)
          .anyMatch(service -> service.type() == ServiceType.DOMESTIC_VIOLENCE);
    }
    assertThat(BUNDLED.search("im 14 and my boyfriend hits me", 10, Region.of("GB")).safety().services())
        .anyMatch(service -> service.type() == ServiceType.DOMESTIC_VIOLENCE);
    // A young reader who used harm is still a child: child protection is listed for them too.
    for (String region : List.of("GB", "US")) {
      assertThat(BUNDLED.search("im 15 and i hit my boyfriend", 10, Region.of(region)).safety().services())
          .as(region).anyMatch(service -> service.type() == ServiceType.CHILD_PROTECTION);
    }
  }

  @Test
  void aReaderHarmedByAPartnerIsShownNeitherCouplesWorkNorWhatIsWrittenForSomeoneUsingHarm() {
    Set<String> forUsingHarm = Set.of("using-harm", "behaviour-change-programme", "stopping-harm",
        "joining-a-behaviour-change-programme", "accountability-for-harm", "taking-responsibility-without-excuses");
    for (String words : List.of("my husband beats me daily", "he forced himself on me", "hes always hitting me",
        "my girlfriend hits me and we are both women", "he gets rough in bed and wont stop when i cry")) {
      List<Concept> shown = BUNDLED.search(words, 10, Region.of("GB")).hits().stream().map(SearchHit::concept).toList();
      assertThat(shown).as(words).isNotEmpty()
          .noneMatch(concept -> forUsingHarm.contains(concept.id().value()))
          .noneMatch(concept -> concept instanceof RebuildingStrategy strategy && strategy.conjoint());
    }
    assertThat(BUNDLED.search("i hit my wife and want to stop", 10, Region.of("GB")).hits())
        .extracting(hit -> hit.concept().id().value()).contains("using-harm", "stopping-harm");
  }

  @Test
  void wordsReadAsNoDangerNeverLeadAHurtReaderToWhatIsWrittenForSomeoneUsingHarm() {
    SearchResults results = BUNDLED.search("he never stops when i ask how do i get him to stop", 10, Region.of("GB"));
    assertThat(results.dangerRecognised()).isFalse();
    assertThat(results.hits()).extracting(hit -> hit.concept().id().value())
        .doesNotContain("using-harm", "stopping-harm", "joining-a-behaviour-change-programme");
    assertThat(BUNDLED.search("perpetrator programme near me", 10, Region.of("GB")).hits())
        .as("a reader who asks for it finds it").extracting(hit -> hit.concept().id().value())
        .contains("behaviour-change-programme");
  }

  @Test
  void onceAPartnersHarmIsRecognisedSearchShowsNoRelationshipRepairButKeepsWhatIsAboutSafety() {
    for (String words : List.of("he hurts me how do i rebuild trust", "he hurts me sometimes but i love him",
        "my husband hits me should we work on our communication", "i hit my wife how do we get our trust back")) {
      assertThat(BUNDLED.search(words, 10, Region.of("GB")).hits()).as(words)
          .extracting(hit -> hit.concept().id().value())
          .doesNotContain("renewed-trust", "forgiveness", "deeper-connection", "honest-dialogue", "communication",
              "open-communication", "atone");
    }
    assertThat(BUNDLED.search("he hits me and i want to be safe and free of him", 10, Region.of("GB")).hits())
        .extracting(hit -> hit.concept().id().value())
        .containsAnyOf("living-free-from-harm", "safety-first", "safety-planning", "emotional-safety");
  }

  @Test
  void dangerNowIsSpokenToBeforeAnyCategorysMessageWhoeverIsInIt() {
    for (String words : List.of("i hit him and now hes not breathing", "i stabbed my boyfriend and theres lots of blood",
        "he is trying to get in and he hit me")) {
      List<Notice> notices = BUNDLED.search(words, 10, Region.of("GB")).safety().notices();
      assertThat(notices).as(words).isNotEmpty();
      assertThat(notices.get(0).ruleId()).as(words).isEqualTo("immediate-danger-comes-first");
    }
  }

  @Test
  void childhoodAbuseToldWithoutTheWordSexualIsNotCalledSexual() {
    for (String words : List.of("i was abused as a child and still have nightmares", "my parents abused me as a kid")) {
      String said = BUNDLED.search(words, 10, Region.of("GB")).safety().notices().stream().map(Notice::text)
          .reduce("", String::concat);
      assertThat(said).as(words).contains("never the child").doesNotContainIgnoringCase("sexual abuse in childhood");
    }
  }

  @Test
  void underADangerBlockTheRestOfTheWordsFindOnlyConceptsNearTheDanger() {
    // The words no phrase took ("too hard", "i didnt mean to", "with my pics") matched sexual
    // difficulties, an affair and consent while asleep across the whole pack.
    Map<String, List<String>> never = Map.of(
        "i hit my son too hard and now he has bruises",
        List.of("difficulty-opening-up-sexually", "sexual-pain-and-erection-problems", "setting-your-own-boundaries"),
        "i shook my baby, i didnt mean to", List.of("sex-without-capacity"),
        "someone is blackmailing me with my pics", List.of("emotional-affair"),
        "he removed condom during sex", List.of("compulsive-sexual-behaviour", "sex-after-childbirth"));
    never.forEach((words, unrelated) -> {
      List<String> shown = BUNDLED.search(words, 10, Region.of("GB")).hits().stream()
          .map(hit -> hit.concept().id().value()).toList();
      assertThat(shown).as(words).isNotEmpty().doesNotContainAnyElementsOf(unrelated);
    });
    // Without danger the index ranks the whole pack, as before.
    assertThat(BUNDLED.search("it is hard to be intimate with my partner", 10, Region.of("GB")).hits())
        .extracting(hit -> hit.concept().id().value()).contains("difficulty-opening-up-sexually");
  }

  @Test
  void aResourceOnlyCouplesWorkLeadsToIsLeftOutWithCouplesWork() {
    for (String words : List.of("he hits me but i want to save the marriage", "he hurts me, can couples therapy help",
        "my wife hits me should we see a marriage counsellor", "i choked her and we want couples counselling",
        "we both hit each other should we try couples counselling")) {
      assertThat(BUNDLED.search(words, 10, Region.of("GB")).hits()).as(words)
          .extracting(hit -> hit.concept().id().value()).doesNotContain("couples-therapist", "couples-therapy");
    }
    assertThat(BUNDLED.search("should we see a marriage counsellor after the affair", 10, Region.of("GB")).hits())
        .as("without danger it stays").extracting(hit -> hit.concept().id().value()).contains("couples-therapist");
  }

  @Test
  void whoTheReaderSaysTheyAreBringsTheServicesSetUpForThemFirst() {
    assertThat(firstService("my wife hits me and im a man who do i call")).isEqualTo("gb-mens-advice-line");
    assertThat(firstService("my girlfriend hits me we are both women")).isEqualTo("gb-galop-lgbt-helpline");
    assertThat(firstService("im 15 and my boyfriend hits me")).isEqualTo("gb-childline");
    assertThat(firstService("my husband is gay and he hits me")).as("said of the partner, not the reader")
        .isEqualTo("gb-national-domestic-abuse-helpline");
    assertThat(firstService("im a guy and i hit my girlfriend and want to stop")).as("a man using harm")
        .isEqualTo("gb-respect-phoneline");
  }

  /** A man says so in many ways, most often by doubting that men can be harmed at all. */
  @Test
  void aManWhoSaysSoInHisOwnWordsMeetsTheMensLineFirst() {
    for (String words : List.of("my husband hits me but men cant be victims can they", "im a guy and my girlfriend beats me",
        "as a man my wife slaps me", "can a man be abused by his wife? she punches me", "my gf hits me but im a bloke so who cares",
        "im a 40 year old man and my wife hits me", "im a male and my girlfriend kicks me",
        "my wife hits me, can men even be domestic abuse victims", "im a husband and she hits me, i feel stupid",
        "im a dude n my gf slaps me")) {
      assertThat(firstService(words)).as(words).isEqualTo("gb-mens-advice-line");
    }
    // Men named as someone else, or a woman writing: the general line leads.
    for (String words : List.of("my wife hits me", "a man hit me in the street and my husband laughed",
        "my husband hits me and says he is the man of the house", "my boyfriend hits me and says men are in charge",
        "im a woman and my girlfriend hits me")) {
      assertThat(firstService(words)).as(words).isNotEqualTo("gb-mens-advice-line");
    }
  }

  @Test
  void aReaderFirstMeetsTheServiceForWhatHappenedToThemThenTheLinesForTheirGroup() {
    List<String> man = BUNDLED.search("im a man and a woman raped me", 5, Region.of("AU")).safety().services()
        .stream().map(s -> s.resource().id()).toList();
    assertThat(man.subList(0, 2)).as("a man raped by a woman").containsExactly("au-1800respect", "au-mensline");
    List<String> gay = BUNDLED.search("im gay and he raped me", 5, Region.of("GB")).safety().services()
        .stream().map(s -> s.resource().id()).toList();
    assertThat(gay.get(0)).as("a line for the reader's group that serves what happened leads")
        .isEqualTo("gb-galop-lgbt-helpline");
  }

  private static List<String> services(String query, String region) {
    return BUNDLED.search(query, 5, Region.of(region)).safety().services().stream().map(s -> s.resource().id())
        .toList();
  }

  @Test
  void linesForAGroupTheReaderDidNotNameComeAfterEveryServiceForEveryone() {
    List<String> hit = services("my boyfriend hits me", "US");
    assertThat(hit.subList(0, 3)).as("a reader who named no group").containsExactly(
        "us-national-domestic-violence-hotline", "us-988-suicide-and-crisis-lifeline", "us-crisis-text-line");
    List<String> older = services("im 80 and my son hits me", "US");
    assertThat(older).as("a line for young LGBTQ+ people is not listed for an 80-year-old")
        .doesNotContain("us-trevor-project");
    assertThat(older.indexOf("us-stronghearts-native-helpline")).isGreaterThan(older.indexOf("us-crisis-text-line"));
  }

  /** Intimate images shared or threatened: a service that helps get them taken down comes first. */
  @Test
  void imagesSharedOrThreatenedMeetAnImageAbuseServiceFirst() {
    for (String words : List.of("my ex posted my nudes online", "i sent nudes and now hes threatening me",
        "he made a fake porn of me", "my nudes got leaked")) {
      assertThat(services(words, "GB").get(0)).as("GB: " + words).isEqualTo("gb-revenge-porn-helpline");
      assertThat(services(words, "US").get(0)).as("US: " + words).isEqualTo("us-ccri-image-abuse-helpline");
      assertThat(services(words, "AU").get(0)).as("AU: " + words).isEqualTo("au-esafety-commissioner");
      assertThat(services(words, "GB")).as("GB: " + words).contains("gb-national-domestic-abuse-helpline");
    }
    // Blackmail by someone not named as a partner (sextortion) carries a risk to life: a crisis line
    // first, the image-abuse line next among the rest.
    List<String> blackmailed = services("someone is blackmailing me with my pics", "GB");
    assertThat(blackmailed.get(0)).isEqualTo("gb-samaritans");
    assertThat(blackmailed.indexOf("gb-revenge-porn-helpline")).isBetween(1, 2);
    // Under 18: Childline and the tool it runs to take a young person's own images down lead, never
    // a line for adults' images alone.
    for (String words : List.of("my nudes got leaked at school im 14", "im 15 and my bf is sharing my nudes",
        "someone on discord has my nudes and wants money im 16")) {
      assertThat(services(words, "GB").subList(0, 2)).as("GB: " + words)
          .containsExactlyInAnyOrder("gb-childline-report-remove", "gb-childline");
      assertThat(services(words, "US")).as("US: " + words).startsWith("us-take-it-down");
    }
    for (String words : List.of("i am 30 and my ex shared my nudes", "im 45 and my husband posted my nudes")) {
      assertThat(services(words, "US")).as("an adult: " + words).doesNotContain("us-take-it-down");
    }
  }

  @Test
  void aReaderInTheUnitedStatesWhoWantsToStopHurtingAPartnerMeetsTheLineThatMessagePromises() {
    for (String words : List.of("i hit my girlfriend and i want to stop", "i keep hurting my wife how do i stop",
        "i slapped my husband and need help to stop", "i pushed my bf and i hate myself")) {
      assertThat(services(words, "US")).as(words).contains("us-a-call-for-change-helpline");
    }
  }

  /** A reader who names no province meets a line for the whole country before one for a single province. */
  @Test
  void inCanadaALineForTheWholeCountryComesBeforeOneForAProvince() {
    for (String words : List.of("my husband hits me", "my boyfriend choked me", "my partner threatens to kill me",
        "im scared of my husband")) {
      List<String> ca = services(words, "CA");
      assertThat(ca.get(0)).as(words).isEqualTo("ca-sheltersafe");
      assertThat(ca.indexOf("ca-sheltersafe")).as(words).isLessThan(ca.indexOf("ca-mb-domestic-violence-crisis-line"));
    }
    // A man is not sent first to a directory of shelters for women.
    assertThat(services("im a man and my wife hits me", "CA").get(0)).isNotEqualTo("ca-sheltersafe");
  }

  @Test
  void aReaderInNewZealandWorriedAboutAChildMeetsChildProtection() {
    for (String words : List.of("my husband hits our kids", "my partner hurts my son", "im 14 and my dad beats me",
        "my stepdad touches my daughter", "i hit my kid too hard")) {
      assertThat(services(words, "NZ")).as(words).contains("nz-oranga-tamariki");
    }
    assertThat(services("my husband hits me", "NZ")).doesNotContain("nz-oranga-tamariki");
  }

  @Test
  void irelandAndNewZealandMeetTheirOwnLinesNotOnlyTheInternationalDirectories() {
    List<String> ie = services("my husband hits me", "IE");
    assertThat(ie.get(0)).as("a women's line keeps its place for a reader who named no group")
        .isEqualTo("ie-womens-aid-national-freephone-helpline");
    assertThat(ie).contains("ie-samaritans", "ie-pieta").doesNotContain("intl-hot-peach-pages");
    assertThat(ie.indexOf("ie-mens-aid-helpline")).isGreaterThan(ie.indexOf("ie-pieta"));
    assertThat(services("my wife hits me and im a man who do i call", "IE").get(0)).isEqualTo("ie-mens-aid-helpline");
    List<String> nz = services("i want to kill myself", "NZ");
    assertThat(nz.subList(0, 2)).containsExactly("nz-1737-need-to-talk", "nz-lifeline-aotearoa");
    assertThat(services("my husband hits me", "NZ").get(0)).isEqualTo("nz-shine-helpline");
  }

  @Test
  void anAdultAbusedAsAChildMeetsSupportForAdultSurvivorsBeforeAListeningLine() {
    List<String> hurt = services("my dad used to beat me when i was a kid", "GB");
    assertThat(hurt.get(0)).isEqualTo("gb-napac");
    List<String> abused = services("i was abused as a child and still have nightmares", "GB");
    assertThat(abused.subList(0, 2)).as("support for adults abused as children, then the sexual-assault line")
        .containsExactly("gb-napac", "gb-rape-crisis-247-support-line");
    List<String> sexually = services("i was sexually abused as a child and im 40 now", "GB");
    assertThat(sexually.get(0)).isEqualTo("gb-napac");
    assertThat(sexually.indexOf("gb-galop-lgbt-helpline")).as("a line for LGBT+ people, for a reader who did not "
        + "say they are").isGreaterThan(sexually.indexOf("gb-samaritans"));
    assertThat(services("i was sexually abused as a child and im 40 now", "IE").get(0))
        .isEqualTo("ie-national-rape-crisis-helpline");
    List<String> us = services("i was abused as a child and still have nightmares", "US");
    assertThat(us.get(0)).as("no stored source gave a US line for adult survivors")
        .isEqualTo("us-rainn-national-sexual-assault-hotline");
    assertThat(us.indexOf("us-trevor-project")).isGreaterThan(us.indexOf("us-crisis-text-line"));
  }

  @Test
  void anOlderPersonHurtByFamilyOrACarerMeetsALineForOlderPeopleBeforeAListeningLine() {
    for (String words : List.of("my son takes my pension and hits me im 78", "the carer slapped my old mum")) {
      List<String> gb = services(words, "GB");
      assertThat(gb.indexOf("gb-hourglass")).as(words).isNotNegative().isLessThan(gb.indexOf("gb-samaritans"));
    }
    String words = "my son takes my pension and hits me im 78";
    assertThat(services(words, "US")).contains("us-eldercare-locator");
    assertThat(services(words, "AU")).contains("au-1800elderhelp");
    assertThat(services(words, "IE")).contains("ie-hse-safeguarding-and-protection-teams");
    assertThat(services(words, "NZ")).contains("nz-elder-abuse-response-service");
  }

  @Test
  void someoneMadeToMarryMeetsTheForcedMarriageUnit() {
    for (String words : List.of("my parents are forcing me into a marriage",
        "they will take me abroad to marry a stranger")) {
      List<String> gb = services(words, "GB");
      assertThat(gb.indexOf("gb-forced-marriage-unit")).as(words).isNotNegative()
          .isLessThan(gb.indexOf("gb-samaritans"));
    }
  }

  @Test
  void someoneMadeToMarryMeetsAForcedMarriageLineFirstAndAControlledPartnerDoesNotMeetOne() {
    for (String words : List.of("my parents are forcing me to marry a man i dont know",
        "they taking me to pakistan to get married i dont want")) {
      assertThat(firstService(words)).as(words).isEqualTo("gb-forced-marriage-unit");
    }
    assertThat(services("he checks my phone and wont let me see my friends", "GB"))
        .doesNotContain("gb-forced-marriage-unit");
  }

  @Test
  void anOlderPersonHarmedMeetsALineForOlderPeopleFirstAndAYoungerOneHurtByAPartnerDoesNotMeetOne() {
    for (String words : List.of("my son takes my pension and hits me im 78", "the carer slaps my mum she has dementia")) {
      assertThat(firstService(words)).as(words).isEqualTo("gb-hourglass");
    }
    for (String words : List.of("my boyfriend hurts me", "my husband hits me")) {
      assertThat(services(words, "GB")).as(words).doesNotContain("gb-hourglass");
    }
  }

  @Test
  void aYoungReaderIsAChildBeforeAManOrAWoman() {
    assertThat(firstService("i am 15 and a guy and my girlfriend hits me")).isEqualTo("gb-childline");
    // Images: Childline and the tool it runs with the Internet Watch Foundation to take them down.
    assertThat(services("im 14 a man online says he will post my nudes unless i send more", "GB").subList(0, 2))
        .containsExactlyInAnyOrder("gb-childline-report-remove", "gb-childline");
  }

  @Test
  void anEverydaySearchClosesWithTheEmergencyNumberAlone() {
    SearchResults results = BUNDLED.search("my partner cheated on me", 5, Region.of("AU"));
    assertThat(results.danger()).isEmpty();
    assertThat(results.safety().items()).singleElement().isInstanceOf(SafetyItem.Call.class);
    assertThat(results.safety().emergencyNumber().primary()).isEqualTo("000");
  }

  @Test
  void dangerWordsNeverFindTheUnrelatedConceptsTheyOnceDid() {
    assertThat(ids("choking")).doesNotContain("dyadic-coping").first().isEqualTo("strangulation");
    assertThat(ids("cutting myself")).doesNotContain("ending-the-affair");
    assertThat(ids("self harm")).doesNotContain("self-care");
    assertThat(ids("he said he will kill me")).doesNotContain("reliability");
  }

  private static List<String> ids(String query) {
    return BUNDLED.search(query, 10).hits().stream().map(h -> h.concept().id().value()).toList();
  }

  /**
   * Every word of the danger vocabulary, searched alone, finds only safety concepts or concepts whose
   * own words contain its stem exactly: nothing reached by edit distance.
   */
  @Test
  void noDangerWordReachesANonSafetyConceptThroughFuzzyMatching() {
    DangerVocabulary vocabulary = BUNDLED.dangerVocabulary();
    Set<ConceptId> safety = vocabulary.safetyConcepts();
    List<String> failures = new ArrayList<>();
    for (String word : words(vocabulary)) {
      if (word.length() < 4) {
        continue;
      }
      String stem = indexed(word);
      for (SearchHit hit : BUNDLED.search(word, 10).hits()) {
        Concept concept = hit.concept();
        if (!safety.contains(concept.id()) && !containsExactly(concept, stem)) {
          failures.add(word + " -> " + concept.id().value());
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  private static Set<String> words(DangerVocabulary vocabulary) {
    Set<String> words = new LinkedHashSet<>();
    for (DangerCategory category : vocabulary.categories()) {
      category.phrases().forEach(p -> words.addAll(List.of(p.replaceAll("\\{[a-z-]+}|[()]", " ").strip().split("\\s+"))));
    }
    vocabulary.groups().values().forEach(words::addAll);
    vocabulary.spellings().forEach((written, meant) -> {
      words.addAll(List.of(written.split(" ")));
      words.addAll(List.of(meant.split(" ")));
    });
    words.removeIf(String::isBlank);
    return words;
  }

  // The word's stem is one of the stems of the concept's indexed text (label, aliases, summary, sentences).
  private static boolean containsExactly(Concept concept, String stem) {
    StringBuilder text = new StringBuilder(concept.label()).append(' ').append(String.join(" ", concept.aliases()))
        .append(' ').append(concept.summary());
    concept.citations().sentences().forEach(ref -> BUNDLED.atlas().article().sentence(ref)
        .ifPresent(s -> text.append(' ').append(s.text())));
    List<String> words = List.of(text.toString().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9' ]", " ")
        .replace("'", "").strip().split("\\s+"));
    return words.stream().map(DangerSearchTest::indexed).anyMatch(stem::equals);
  }

  /**
   * A word as the index stems it. Not {@link Stems}: that keeps a few words whole ("abusive") for
   * the danger vocabulary, while the index, rightly, lets "abusive" find concepts about abuse.
   */
  private static String indexed(String word) {
    try (TokenStream stream = new ReaderAnalyzer(true).tokenStream("text", word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String stem = stream.incrementToken() ? term.toString() : word;
      stream.end();
      return stem;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
