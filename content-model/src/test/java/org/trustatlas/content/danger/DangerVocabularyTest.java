package org.trustatlas.content.danger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.search.Stems;
import org.trustatlas.core.safety.AudienceTag;
import org.trustatlas.core.safety.ServiceType;

class DangerVocabularyTest {

  private final DangerVocabulary bundled = TrustAtlas.bundled().dangerVocabulary();

  private static DangerCategory category(String id, List<String> phrases, List<String> except) {
    return new DangerCategory(id, id, phrases, except, List.of(), List.of(), Map.of(),
        List.of(ServiceType.DOMESTIC_VIOLENCE), Optional.empty(), "why", List.of("some-source"));
  }

  private static DangerVocabulary vocabulary(DangerCategory... categories) {
    return DangerVocabulary.of(List.of(categories), Map.of("kil", "kill", "wanna", "want to"),
        Map.of("hits", List.of("hit", "punch", "slap")), Stems::of);
  }

  private List<String> ids(String text) {
    return bundled.recognise(text).stream().map(m -> m.category().id()).toList();
  }

  /**
   * The reader's own age leaves out a line for older people only when it is the reader's (a Java review, 2026-12-08):
   * an "i am" age first, a child's one-digit age too, and never another person's age or a measure.
   */
  @Test
  void theReadersOwnAgeIsTheirsAloneAndNeverAnotherPersonsOrAMeasure() {
    Map<String, Integer> own = Map.of("im 13 my uncle touches me", 13, "i am 9 my uncle touches me", 9,
        "me 14 my uncle raped me", 14, "aged 12 and my stepdad hits me", 12,
        "my little brother aged 12 is being touched by our uncle, im 17", 17,
        "he touched me aged 12 and now i am 16", 16, "i am only 11 and he hurts me", 11,
        "im 15 am i in an abusive relationship", 15, "i am 9 years old and my dad hits me", 9);
    own.forEach((text, age) -> assertThat(bundled.hear(text).readerAge()).as(text).hasValue(age));
    for (String text : List.of("my little brother aged 12 is being touched by our uncle", "my sister is 14 and",
        "im a teacher a 14 year old pupil told me her stepdad touches her", "he hit me 12 times last night",
        "i am 16 weeks pregnant and he hits me", "i am 10 years sober and my husband hits me",
        "i am 5 minutes from home and he is following me", "give me 10 minutes", "i am 35 and he hits me")) {
      assertThat(bundled.hear(text).readerAge()).as(text).isEmpty();
    }
  }

  /** A child's age as someone else tells it, in figures or words, after "is", "aged" or the child named. */
  @Test
  void aChildsAgeIsReadHoweverSomeoneElseTellsIt() {
    Map<String, Integer> told = Map.of("my daughter is 12 and she was raped", 12, "my son 11 was raped", 11,
        "my son aged 11 was raped", 11, "my daughter (9) was raped", 9, "my sister 13 told me our stepdad raped her", 13,
        "my 13 year old son was touched", 13, "she is nine and he touches her", 9);
    told.forEach((text, age) -> assertThat(bundled.hear(text).childAge()).as(text).hasValue(age));
    for (String text : List.of("my husband is 35 and he hits me", "my son was raped", "my son 2 was hurt")) {
      assertThat(bundled.hear(text).childAge()).as(text).isEmpty();
    }
    assertThat(bundled.hear("im nine and my step dad touches me").readerAge()).hasValue(9);
    assertThat(bundled.hear("15 m got sa'd by my coach").readerAge()).hasValue(15);
    assertThat(bundled.hear("15m got raped by my coach").readerAge()).hasValue(15);
    assertThat(bundled.hear("i am ten minutes from home").readerAge()).isEmpty();
  }

  /**
   * A match of a category written to a young person says the reader is young, so only a category that says so
   * is one: an adult's category that lists no prevention line (a pack's own) was read as a young reader's.
   */
  @Test
  void onlyACategoryThatSaysSoIsWrittenToAYoungPersonWhoMayHarmAChild() {
    List<ServiceType> noPreventionLine = List.of(ServiceType.CHILD_PROTECTION, ServiceType.CRISIS_LINE);
    DangerCategory adult = new DangerCategory("thoughts", "thoughts", List.of("i think i am a pedo"), List.of(),
        List.of(), List.of(), List.of(), Map.of(), noPreventionLine, Optional.empty(), "why", List.of("some-source"),
        List.of(), DangerAudience.MAY_HARM_A_CHILD);
    DangerCategory young = new DangerCategory("young", "young", List.of("15 and i think i am a pedo"), List.of(),
        List.of(), List.of(), List.of(), Map.of(), noPreventionLine, Optional.empty(), "why", List.of("some-source"),
        List.of(), DangerAudience.YOUNG_PERSON_WHO_MAY_HARM_A_CHILD);

    assertThat(adult.writtenToAYoungPersonWhoMayHarmAChild()).isFalse();
    assertThat(young.writtenToAYoungPersonWhoMayHarmAChild()).isTrue();
    assertThat(List.of(adult, young)).allMatch(DangerCategory::writtenToSomeoneWhoMayHarmAChild);
    assertThat(DangerAudience.inferred(noPreventionLine, Map.of()))
        .isNotEqualTo(DangerAudience.YOUNG_PERSON_WHO_MAY_HARM_A_CHILD);
  }

  @Test
  void stemsLetEveryFormOfAWordMeet() {
    DangerVocabulary words = vocabulary(category("choke", List.of("choke me"), List.of()));
    assertThat(words.recognise("he chokes me")).hasSize(1);
    assertThat(words.recognise("he choked me")).hasSize(1);
    assertThat(words.recognise("he is choking me")).hasSize(1);
  }

  @Test
  void listedMisspellingsAndSlangCountButNearMissesDoNot() {
    DangerVocabulary words = vocabulary(category("self-harm", List.of("kill myself", "want (to) die"), List.of()));
    assertThat(words.recognise("i will kil myself")).hasSize(1);
    assertThat(words.recognise("i wanna die")).hasSize(1);
    assertThat(words.recognise("i want die")).hasSize(1);
    assertThat(words.recognise("i will kell myself")).as("no fuzzy matching on a danger word").isEmpty();
    assertThat(words.recognise("i will kiss myself")).as("no fuzzy matching on a danger word").isEmpty();
  }

  @Test
  void aDoubledLetterWrittenOnceOrASingleOneDoubledStillMeetsTheWord() {
    DangerVocabulary words = vocabulary(category("throat", List.of("grabbed my throat", "kill myself"), List.of()));
    assertThat(words.recognise("he grabed my throat")).hasSize(1);
    assertThat(words.recognise("he grabbbed my throat")).hasSize(1);
    assertThat(words.recognise("i will kiil myself")).hasSize(1);
    assertThat(words.recognise("i will kil mysellf")).hasSize(1);
    assertThat(words.recognise("he grated my throat")).as("another letter is another word").isEmpty();
  }

  @Test
  void wordsJoinedByPlusMatchInAnyOrderWithinTheWindow() {
    DangerVocabulary words = vocabulary(category("neck", List.of("{hits} + neck + my"), List.of()));
    assertThat(words.recognise("my neck, he punched it")).hasSize(1);
    assertThat(words.recognise("he hit my neck")).hasSize(1);
    assertThat(words.recognise("he hit me and then a long while later in the evening my neck hurt"))
        .as("more than " + DangerVocabulary.WINDOW + " words apart").isEmpty();
    assertThat(words.recognise("he hit my arm")).as("every word is needed").isEmpty();
  }

  @Test
  void wordsJoinedByDoublePlusMatchInAnyOrderWithinTheWideWindow() {
    DangerVocabulary words = vocabulary(category("asked", List.of("coach ++ messaging ++ pics"), List.of()));
    assertThat(words.recognise("my coach who is like 30 keeps messaging me at night and he wants pics")).hasSize(1);
    assertThat(words.recognise("pics, he wants them, my coach, he keeps messaging")).hasSize(1);
    assertThat(words.recognise("my coach keeps messaging me at night and then much later on in the week after"
        + " the match that we lost badly someone asked for the pics")).as("more than " + DangerVocabulary.WIDE_WINDOW
        + " words apart").isEmpty();
    assertThatThrownBy(() -> vocabulary(category("mixed", List.of("coach + messaging ++ pics"), List.of())))
        .hasMessageContaining("both + and ++");
  }

  @Test
  void aLongHostileTextThatNearlyMatchesEverywhereCannotMakeAPlusPhraseRunAway() {
    DangerVocabulary words = vocabulary(category("pills", List.of("i + took + all + pills"), List.of()));
    String text = "i took all ".repeat(5_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(words.recognise(text)).isEmpty());
    assertThat(words.recognise(text + "pills")).hasSize(1);
  }

  @Test
  void aPlusPhraseJoinsSingleWordsOnly() {
    assertThatThrownBy(() -> vocabulary(category("neck", List.of("hands on + neck"), List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phrase 'hands on + neck' of danger category 'neck' joins with + single words");
  }

  @Test
  void theBundledVocabularyForgivesADoubledLetterInEveryCategory() {
    assertThat(ids("my bf grabed my throat")).contains("strangulation");
    assertThat(ids("he hitt me")).isNotEmpty();
    assertThat(ids("he is stalkking me")).contains("stalking");
    assertThat(bundled.isDangerWord("chokked")).isTrue();
  }

  @Test
  void wordsOfAPhraseMayBeAtMostTwoWordsApart() {
    DangerVocabulary words = vocabulary(category("neck", List.of("hands on neck"), List.of()));
    assertThat(words.recognise("he put his hands on my neck")).hasSize(1);
    assertThat(words.recognise("hands were on the side of my neck")).as("three words apart").isEmpty();
    assertThat(words.recognise("neck on hands")).as("order matters").isEmpty();
  }

  @Test
  void aGapNeverPassesAReflexiveWord() {
    DangerVocabulary words = vocabulary(category("hurting-a-partner", List.of("i keep hurting my boyfriend"), List.of()));
    assertThat(words.recognise("i keep hurting my boyfriend")).hasSize(1);
    assertThat(words.recognise("i keep hurting myself bc my boyfriend left")).as("what was hurt is 'myself'").isEmpty();
    assertThat(words.recognise("i keep hurting myself my boyfriend")).isEmpty();
  }

  @Test
  void theReadersOwnActNeverSpansAReflexiveWord() {
    DangerCategory usingHarm = new DangerCategory("using-harm", "using-harm", List.of("i + left + marks"), List.of(),
        List.of(), List.of(), Map.of(), List.of(ServiceType.BEHAVIOUR_CHANGE), Optional.empty(), "why",
        List.of("some-source"));
    DangerVocabulary words = vocabulary(usingHarm, category("marks", List.of("left + marks + i"), List.of()));
    assertThat(words.recognise("i grabbed her so hard i left marks")).extracting(m -> m.category().id())
        .contains("using-harm");
    assertThat(words.recognise("i cut myself and it left marks")).extracting(m -> m.category().id())
        .as("the marks are the reader's own").containsExactly("marks");
  }

  @Test
  void aGroupStandsForAnyOfItsWords() {
    DangerVocabulary words = vocabulary(category("violence", List.of("{hits} me"), List.of()));
    assertThat(words.recognise("she punched me")).hasSize(1);
    assertThat(words.recognise("he slaps me")).hasSize(1);
    assertThat(words.recognise("he kissed me")).isEmpty();
  }

  @Test
  void anExceptionMeansTheWordsAreAboutSomethingElse() {
    DangerVocabulary words = vocabulary(category("violence", List.of("{hits} me"), List.of("it hit me")));
    assertThat(words.recognise("it hit me that he lied")).isEmpty();
    assertThat(words.recognise("he hit me")).hasSize(1);
  }

  @Test
  void anExceptionTakesOnlyTheWordsItMatchedSoDangerSaidInTheSameBreathIsStillRead() {
    DangerVocabulary words = vocabulary(category("choke", List.of("choke me", "choked"), List.of("choking on")));
    assertThat(words.recognise("i was choking on my food")).isEmpty();
    assertThat(words.recognise("i was choking on my food and choking on my tears")).isEmpty();
    assertThat(words.recognise("he choked me till i passed out and i was choking on blood")).hasSize(1);
    assertThat(words.recognise("i was choking on my food when he choked me")).hasSize(1);
  }

  @Test
  void anExceptionsWordsMustStandTogetherSoItCannotReachPastADangerWord() {
    DangerVocabulary words = vocabulary(category("choke", List.of("choked"), List.of("choked on", "son (was) choking")));
    assertThat(words.recognise("i choked on a grape")).isEmpty();
    assertThat(words.recognise("my son was choking")).isEmpty();
    assertThat(words.recognise("my son choking on milk")).isEmpty();
    assertThat(words.recognise("he choked me on the kitchen floor")).hasSize(1);
    assertThat(words.recognise("my son said dad was choking him")).hasSize(1);
  }

  @Test
  void exceptionsThatShareWordsEachTakeTheirOwnWhateverTheirOrder() {
    for (List<String> except : List.of(List.of("he tells me", "he tells me everyone is better off"),
        List.of("he tells me everyone is better off", "he tells me"))) {
      DangerVocabulary words = vocabulary(category("despair", List.of("everyone is better off"), except));
      assertThat(words.recognise("he tells me everyone is better off")).as("%s", except).isEmpty();
      assertThat(words.recognise("i think everyone is better off")).as("%s", except).hasSize(1);
    }
  }

  @Test
  void anExceptionMatchedAtEveryWordOfALongTextTakesThemAllAndStillEnds() {
    DangerVocabulary words = vocabulary(category("choke", List.of("choked"), List.of("choking on", "choked on")));
    String text = "choked on ".repeat(5_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(words.recognise(text)).isEmpty());
    assertThat(words.recognise(text + "then he choked me")).hasSize(1);
  }

  /** A reply goes on from the words an exception took: the reader's own answer to someone else's words. */
  @Test
  void aReplyIsReadOnlyRightAfterTheWordsAnExceptionTook() {
    DangerVocabulary words = vocabulary(category("despair", List.of("kill myself", "... myself i want to"),
        List.of("he told me (to) kill")));
    assertThat(words.recognise("he told me to kill myself")).isEmpty();
    assertThat(words.recognise("he told me to kill myself i want to")).hasSize(1);
    assertThat(words.recognise("he told me to kill myself and now i want to")).as("two words between").hasSize(1);
    assertThat(words.recognise("i love myself and i want to be happy")).as("no exception took the words before")
        .isEmpty();
    assertThat(words.recognise("he told me to kill time so i told myself i want to read")).as("not right after")
        .isEmpty();
    assertThatThrownBy(() -> vocabulary(category("x", List.of("a"), List.of("... b"))))
        .hasMessageContaining("phrase '... b' of danger category 'x' opens with ...");
    assertThatThrownBy(() -> vocabulary(category("x", List.of("... b"), List.of())))
        .hasMessageContaining("except: phrases");
    assertThatThrownBy(() -> vocabulary(category("x", List.of("... a + b"), List.of("c"))))
        .hasMessageContaining("no +");
  }

  @Test
  void anUnlessPhraseRulesTheWholeCategoryOutWhereverItMatches() {
    DangerCategory hurt = new DangerCategory("hurt", "hurt", List.of("he hurt me"), List.of(), List.of("cheated"),
        List.of(), List.of(), Map.of(), List.of(ServiceType.DOMESTIC_VIOLENCE), Optional.empty(), "why",
        List.of("some-source"));
    DangerVocabulary words = vocabulary(hurt);
    assertThat(words.recognise("he hurt me")).hasSize(1);
    assertThat(words.recognise("he hurt me so much when he cheated")).isEmpty();
    assertThat(words.recognise("he cheated and then he hurt me")).isEmpty();
  }

  @Test
  void aCategoryThatReplacesAnotherLeavesOnlyItsOwnReadingWhenBothMatch() {
    DangerCategory exact = new DangerCategory("exact", "exact", List.of("unless i pay"), List.of(), List.of(),
        List.of(), List.of(), Map.of(), List.of(ServiceType.CRISIS_LINE), Optional.empty(), "why",
        List.of("some-source"), List.of("general"));
    DangerVocabulary words = vocabulary(category("general", List.of("post my pics"), List.of()), exact);
    assertThat(words.recognise("he will post my pics")).extracting(m -> m.category().id()).containsExactly("general");
    assertThat(words.recognise("he will post my pics unless i pay")).extracting(m -> m.category().id())
        .containsExactly("exact");
    DangerCategory unknown = new DangerCategory("exact", "exact", List.of("unless i pay"), List.of(), List.of(),
        List.of(), List.of(), Map.of(), List.of(ServiceType.CRISIS_LINE), Optional.empty(), "why",
        List.of("some-source"), List.of("nowhere"));
    assertThatThrownBy(() -> vocabulary(unknown)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("replaces 'nowhere'");
    DangerCategory back = new DangerCategory("general", "general", List.of("post my pics"), List.of(), List.of(),
        List.of(), List.of(), Map.of(), List.of(ServiceType.CRISIS_LINE), Optional.empty(), "why",
        List.of("some-source"), List.of("exact"));
    assertThatThrownBy(() -> vocabulary(back, exact)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("which replaces another itself");
  }

  @Test
  void theBundledVocabularyReadsDangerToldBesideWordsItsExceptionsExplain() {
    assertThat(ids("he choked me until i passed out and i was choking on my own blood")).contains("strangulation");
    assertThat(ids("my husband will kill me, my mom will kill me too if she knows")).contains("threats-to-kill");
    assertThat(ids("i feel safe talking about it here but i am scared of my husband")).contains("afraid-of-partner");
    assertThat(ids("he forced me to have sex, i told him to stop talking")).contains("forced-sex");
    assertThat(ids("i want to end the relationship and then kill myself")).contains("self-harm");
    assertThat(ids("he kissed me then choked me")).contains("strangulation");
    // The words the exceptions explain still mean nothing on their own.
    for (String everyday : List.of("i was choking on my food", "my mom will kill me if she finds out",
        "i feel emotionally safe with him", "i want to end the relationship", "he kissed my neck and held my hands",
        "my boyfriend beat me at chess", "he said hit me up later", "he really hurt me when he cheated")) {
      assertThat(ids(everyday)).as(everyday).isEmpty();
    }
  }

  @Test
  void theMostSpecificMatchComesFirstAndEachCategoryOnce() {
    assertThat(ids("i choked her and i want to stop")).first().isEqualTo("using-harm");
    assertThat(ids("he chokes me and chokes me again")).containsOnlyOnce("strangulation");
  }

  @Test
  void theBundledVocabularyReadsReadersOwnWords() {
    assertThat(ids("he put hands on my neck")).contains("strangulation");
    assertThat(ids("she makes me have sex when i dont want")).contains("forced-sex");
    assertThat(ids("he says i owe him sex")).contains("forced-sex");
    assertThat(ids("he did it while i was asleep")).contains("sex-without-capacity");
    assertThat(ids("took the condom off")).contains("stealthing");
    assertThat(ids("he hides my pill")).contains("reproductive-coercion");
    assertThat(ids("tracks my phone")).contains("stalking");
    assertThat(ids("posted my nudes")).contains("image-based-abuse");
    assertThat(ids("he hurts the kids")).contains("children-harmed");
    assertThat(ids("afraid to go home tonight")).contains("immediate-fear");
    assertThat(ids("i want to stop hitting her")).contains("using-harm");
  }

  @Test
  void someoneAskingForHitsOnThemToStopIsNotReadAsUsingHarm() {
    assertThat(ids("i want him to stop hitting me")).contains("partner-violence").doesNotContain("using-harm");
  }

  @Test
  void aReaderTellingTheirOwnActIsNotAlsoReadAsItsVictim() {
    assertThat(ids("i choked her")).containsExactly("using-harm");
    assertThat(ids("i lost my temper and hit her")).containsExactly("using-harm");
  }

  @Test
  void aVictimWhoseWordsAlsoNameAnActIsReadAsTheVictim() {
    assertThat(ids("he strangled me and i choked him back to get free")).contains("strangulation")
        .doesNotContain("using-harm");
    assertThat(ids("i was beaten by my husband last night")).contains("partner-violence")
        .doesNotContain("using-harm");
  }

  @Test
  void nervousLaughterNeverHidesAThreat() {
    assertThat(ids("haha he said he would kill me if i left")).contains("threats-to-kill");
    assertThat(ids("lol this exam will kill me")).isEmpty();
  }

  @Test
  void aWordLongerThanTheTokenizerTakesNeitherFailsNorHidesTheWordsAroundIt() {
    String longWord = "a".repeat(300);
    assertThat(ids(longWord)).isEmpty();
    assertThat(ids("he chokes me " + longWord)).contains("strangulation");
    assertThat(ids(longWord + " he chokes me " + "b".repeat(256))).contains("strangulation");
    assertThat(TrustAtlas.bundled().search("a".repeat(499), 10).hits()).isEmpty();
    assertThat(TrustAtlas.bundled().search("i want to die " + "x".repeat(400), 10).danger()).isNotEmpty();
  }

  @Test
  void hurtByAPartnerIsReadButHurtFeelingsAreNot() {
    assertThat(ids("he hurts me")).contains("hurt-by-partner");
    assertThat(ids("my husband keeps hurting me")).contains("hurt-by-partner");
    assertThat(ids("he really hurt me when he cheated")).isEmpty();
    assertThat(ids("she hurt my feelings")).isEmpty();
  }

  @Test
  void aChildWithAnAdultPartnerOrSomeoneWithPowerOverThemIsReadAsAtRisk() {
    assertThat(ids("im 14 and my boyfriend is 25")).contains("adult-and-a-child");
    assertThat(ids("my 30 year old bf says age is just a number im 15")).contains("adult-and-a-child");
    assertThat(ids("he is my teacher and we are together im 16")).contains("adult-and-a-child");
    assertThat(ids("is it ok for a 13 year old dating a 22 year old")).contains("adult-and-a-child");
    assertThat(ids("13 yo dating a 22 yo")).contains("adult-and-a-child");
    assertThat(ids("13 year old dating 22 year old")).contains("adult-and-a-child");
    assertThat(ids("im 14 dating a 25 year old")).contains("adult-and-a-child");
    assertThat(ids("im 13 and my boyfriend is 44")).contains("adult-and-a-child");
    assertThat(ids("im 13 my bf 41")).contains("adult-and-a-child");
    assertThat(ids("im a 14 year old with a 30 year old boyfriend")).contains("adult-and-a-child");
    for (String child : List.of("he is 26 and i am 15", "he's 26 and i'm 15", "im 15 my boyfriend is 10 yrs older",
        "i am 14 and my 20 year old boyfriend wants sex", "my daughter is 14 and her boyfriend is 22",
        "my 15 year old son has a 30 year old girlfriend", "i am 13 years old and my boyfriend is 25")) {
      assertThat(ids(child)).as(child).contains("adult-and-a-child");
    }
    // Numbers that are not a reader's age: years, weeks, minutes and times, and a parent's family.
    for (String everyday : List.of("my son is 13 and me and my partner are 40",
        "i am 15 minutes late and my boyfriend is mad", "im 15 years married husband 45 cheated on me",
        "im 15 yrs married husband 42", "im 12 weeks pregnant, bf 25 left me", "im 15 minutes late bf 20 minutes away",
        "he has been with me 15 years my husband is 40 and he cheated", "he cheated on me 12 times my husband is 38",
        "raising a 13 year old with a 45 year old husband who does nothing",
        "co-parenting a 14 year old with a 40 year old ex", "i am 12 weeks pregnant and my husband is 30",
        "my husband is 40 and i am 13 weeks pregnant", "i am 15 years married and my husband is 45",
        "i am 10 years sober and my wife is 50", "i am 15 minutes away and my boyfriend is 30 minutes late",
        "i am 14 months postpartum and my husband is 30", "i am 13 days late and he is 31",
        "my 12 year old is on a 30 day screen ban", "i am sleeping with my boss", "i am dating my manager",
        "my boss is my boyfriend")) {
      assertThat(ids(everyday)).as(everyday).doesNotContain("adult-and-a-child");
    }
    assertThat(ids("we are both 16 and want to have sex for the first time")).isEmpty();
    assertThat(ids("been married 25 years and my husband cheated with a 30 year old")).isEmpty();
  }

  @Test
  void anAgeToldInYearsWithoutOldAsManyLanguagesTellItIsStillAnAge() {
    for (String child : List.of("i have 14 years and my boyfriend is 25", "I have 14 years and my boyfriend has 25 years",
        "i have 14 years old and my bf is 23", "I am 14 years and my boyfriend is 27", "im 13 years, my bf 24",
        "i have 15 years my boyfriend 28", "my boyfriend has 30 years and i have 14 years", "my age is 14 and my boyfriend is 30",
        "i am 13 years of age and my boyfriend is 24", "ive 14 years and my boyfriend is 26", "he has 25 years and i have 14 years",
        "i (13F) and my boyfriend (22M)", "i am aged 14 and my boyfriend is 21", "i have 14 years he have 25 years",
        "I am having 15 years and my boyfriend is 24", "my years are 14 and my boyfriend is 30", "i hav 14 years and my bf is 25",
        "i has 14 years and my boyfriend is 25", "i have 14 anos and my boyfriend is 25", "i have 14 ans and my boyfriend is 25",
        "I have 14 years, my boyfriend 25 years, is it normal?", "I am 13 years girl and my boyfriend is 24 years man",
        "im 14yrs n my bf is 25", "i'm 14yrs old n my bf is 25", "i m 14 and my bf is 25", "i have 13years and my boyfriend 22years",
        "(14f) my bf (25m) wants to meet", "i am 14 years old girl and my boyfriend is 25 years old man",
        "i have 14 years and a man of 30 years wants to be my boyfriend", "I am girl of 14 years and my boyfriend is 25",
        "im 15 yrs old bf is 30", "im only 14 years and my boyfriend is 26", "i am still 14 years and my boyfriend has 25 years",
        "my girl is 14 and her boyfriend is 24",
        "my daughter of 14 years has a 25 year old boyfriend")) {
      assertThat(ids(child)).as(child).contains("adult-and-a-child");
    }
    for (String reader : List.of("i have 14 years", "my age is 15", "i am 13 years")) {
      assertThat(bundled.readerGroups(reader)).as(reader).contains(AudienceTag.YOUNG_PEOPLE);
    }
    for (String adult : List.of("i am 15 minutes away and he hit me", "i am 14 weeks pregnant and he hits me",
        "i am 15m from home and my boyfriend is 25",
        "i have 15 years with my husband", "i have 14 years old son and my husband hits me")) {
      assertThat(bundled.readerGroups(adult)).as(adult).doesNotContain(AudienceTag.YOUNG_PEOPLE);
    }
    // Years that are time, not an age: with someone, left, together, married, of something, ago.
    for (String everyday : List.of("i have 15 years with my husband and he is 45", "we have 14 years together and my husband is 40",
        "i have 2 years left on my visa and my husband is 30", "i was 14 years in that marriage and he was 40",
        "i have 15 years of marriage and my husband is 45", "it was 14 years ago and he is 40",
        "i had 12 years of abuse from my husband who is 50", "she is 16 years my junior and i am 40",
        "i have 10 years experience and my husband is 35", "we are 15 years married and he is 45",
        "i have 14 years old son and my husband hits me", "i have 15 years old son my husband is 45 and he beat me",
        "i have a 14 years old daughter and her dad is 40", "he has been with me 15 years my husband is 40 and he cheated",
        "i have been with him 15 years and he is 40", "my husband 15 years older than me is 45",
        "my husband of 20 years is 45 and i am 44", "my boyfriend of 14 years is 40", "a man of 30 years experience helped me",
        "we are 14 years together and my husband is 40")) {
      assertThat(ids(everyday)).as(everyday).doesNotContain("adult-and-a-child");
    }
  }

  /** From a clinician's review: numbers near "i am" that are not the writer's age raise no child alarm. */
  @Test
  void aNumberNearIAmThatIsNotTheWritersAgeRaisesNoChildAlarm() {
    for (String adult : List.of("im mum of 13 yr old, husband 38 beat me", "i am mum to 14 year old n husband 45 hits me",
        "i m mother of 13 yr old n husband 39 hit me", "i am back at 11, bf 25 will kill me",
        "i am leaving at 11 tonight my boyfriend 25 hits me", "i am a year 10 teacher and my husband 40 hits me",
        "im a 14, boyfriend 28 calls me fat and kicks me", "(12m) baby, partner 30 hits me", "(15m) twins, husband 30 hits me",
        "(14m) son and husband (35m) hits me", "i am a guy of 14 years experience and my wife hits me",
        "i am with husband 15 years, he beat me")) {
      assertThat(ids(adult)).as(adult).doesNotContain("adult-and-a-child");
    }
    for (String adult : List.of("i am with my 15 year old and my husband hits me",
        "i am scared my 14 year old will see my husband hit me", "I am 11 and a half stone and my boyfriend hits me",
        "i am eleven and a half stone and my boyfriend hits me", "i am 14 and a half weeks pregnant and my boyfriend hit me",
        "i am in week 14 of pregnancy and my husband hits me", "i am 15 hundred pounds in debt and my husband will kill me",
        "i am £15 short for rent and he will hit me", "i am out until 11 and he threatens to kill me",
        "i am home by 12 or my boyfriend slaps me", "i am due on 14 june and he hits me", "i am in flat 14 and he hits me",
        "i am 13 floors up and he threatens to throw me", "i am 15 % sure my husband will kill me",
        "i am having 15 people over and he hits me", "i am on 14 tablets a day and he hits me")) {
      assertThat(bundled.readerGroups(adult)).as(adult).doesNotContain(AudienceTag.YOUNG_PEOPLE);
      assertThat(ids(adult)).as(adult).doesNotContain("adult-and-a-child");
    }
    for (String child : List.of("im 14 my man is 25", "im 14 and my boo is 24", "im 14. he 25", "bf 25 me 14",
        "my bf 25 me 14", "im 14 bf 25", "im 14 and my bfs 25", "14 yo girl with 25 yo boyfriend",
        "im 14 and my boyfriend is an adult", "im 14 and he is in his twenties", "im 14 and he is in college",
        "i am 14 and they are making me marry a 35 year old man", "im 13 and im talking to a 19 year old",
        "a 25 year old guy keeps snapchatting me im 14", "my teacher is 30 and im 14 and he said he loves me",
        "im 14 and my teacher texts me every night", "im 14 and a man online asked me for pics")) {
      assertThat(ids(child)).as(child).contains("adult-and-a-child");
    }
    for (String young : List.of("my nudes got leaked at school im 14", "im 14 and i sent nudes and now he is sharing them")) {
      assertThat(ids(young)).as(young).contains("image-based-abuse");
      assertThat(bundled.readerGroups(young)).as(young).contains(AudienceTag.YOUNG_PEOPLE);
    }
    for (String young : List.of("im only 14 and my boyfriend is 26", "i am just 13", "i am 14 and a half")) {
      assertThat(bundled.readerGroups(young)).as(young).contains(AudienceTag.YOUNG_PEOPLE);
    }
  }

  /** A grown reader, older ones among them, is read so from their own words, never from another's age. */
  @Test
  void aGrownReaderIsReadFromTheirOwnWords() {
    for (String adult : List.of("im 78 and my son hits me", "i am 45 and my husband hits me", "my son takes my pension",
        "i am retired and my daughter shouts at me", "my grandkids steal from me", "i am a 70 year old man",
        "im a grandma and my grandson pushes me", "my son hit me")) {
      assertThat(bundled.readerGroups(adult)).as(adult).contains(AudienceTag.ADULTS);
    }
    for (String other : List.of("my husband is 45 and hits me", "i am 30 minutes away and he hit me", "my son hits his sister",
        "my dad is 78 and my brother hits him", "i am 15 and my boyfriend is 30", "my son is 30 and hits his wife")) {
      assertThat(bundled.readerGroups(other)).as(other).doesNotContain(AudienceTag.ADULTS);
    }
  }

  /** An adult telling of abuse in their own childhood is spoken to as an adult survivor, not as a child. */
  @Test
  void anAdultAbusedAsAChildIsSpokenToAsASurvivorNotAsAChild() {
    for (String adult : List.of("i am 30 and when i was 14 my uncle touched me", "im 30 and my stepdad touched me when i was 12",
        "i am 45 and my coach kissed me when i was 13", "i am 40 and my stepdad touched me when i was a kid",
        "i am an adult now but my uncle touched me as a child")) {
      assertThat(ids(adult)).as(adult).contains("abused-as-a-child").doesNotContain("adult-and-a-child");
    }
    for (String adult : List.of("i am 28 and when i was 8 my babysitter touched me", "i am 42 and when i was 9 my uncle abused me")) {
      assertThat(ids(adult)).as(adult).contains("abused-as-a-child");
    }
    // From a third clinician review: a young reader is never taken for an adult survivor.
    for (String child : List.of("im turning 18 soon and when i was 14 my coach touched me",
        "im nearly 18 and my stepdad touched me when i was 15", "i am almost 18 and when i was 12 my uncle touched me",
        "i am 14 and my 20 year old cousin touched me when i was 12", "my coach who is 25 touched me when i was 13",
        "teacher had sex with me when i was 15", "my uncel toched me wen i was 10", "my daughter is 12 and says her stepdad touched her",
        "my son said his uncle touched him when he was 10", "i am 15 and when i was 13 my stepdad abused me",
        "my 14 year old says her coach kissed her", "im 14 and my boyfriend is like 24", "im 14 and my boyfriend is almost 20",
        "im 14 and hes like 25")) {
      assertThat(ids(child)).as(child).contains("adult-and-a-child");
    }
    // Without an adult's age the words may be a child's: both are spoken to.
    assertThat(ids("my uncle touched me when i was 12")).contains("abused-as-a-child", "adult-and-a-child");
    assertThat(ids("my uncle touches me every night")).contains("adult-and-a-child").doesNotContain("abused-as-a-child");
  }

  @Test
  void aParentNamingTheirPartnerThroughTheChildIsReadAsPartnerViolenceNotAsAChildHurtAtHome() {
    for (String words : List.of("my baby's father hits me", "my sons dad hits me", "my daughter's father hit me",
        "my kids dad hit me while i was holding the baby")) {
      assertThat(ids(words)).as(words).contains("partner-violence").doesNotContain("child-hurt-at-home");
    }
    for (String words : List.of("my parents beat me", "my dad hits my mum", "dad hits mum every night")) {
      assertThat(ids(words)).as(words).containsExactly("child-hurt-at-home");
    }
    for (String words : List.of("my partner is sexually abusing my son", "i found out my husband abused my daughter")) {
      assertThat(ids(words)).as(words).contains("children-harmed");
    }
  }

  @Test
  void aChildsAgeIsReadHoweverItIsWrittenButAWeightADistanceOrATimeIsNoAge() {
    for (String child : List.of("im 14 he is 25", "i'm 15, he's 31", "me 13 bf 22", "im fifteen and my boyfriend is thirty",
        "im 13 and my bf is twenty-five", "he is 30 and i am fourteen", "my daughter is thirteen and her boyfriend is 24",
        "me (14f) and my bf (23m)", "my daughter (14f) and her bf (23m)", "my sisters boyfriend is 24 and shes 13",
        "my mums boyfriend is 35 and touches me", "my teacher and i are in love", "im 13 and my boy friend is 22",
        "my sister (13f) and her boyfriend (20m)", "im 14 and my bf is 25 pm me", "he is 25 im 14", "me 14 him 25",
        "im 15 and my teacher asked me out", "my teacher and i are dating", "me and my coach are in a relationship",
        "im 15 and seeing my tutor he is 28", "my sister is 14 and her boyfriend is 23", "my daughter is 14, her bf is 23",
        "my 15 yr old is dating a 21 year old", "can a 13yo date a 20yo", "im a 14 year old girl and my boyfriend is 24",
        "i am nearly 16 and he is 30", "i am in year 9 and my boyfriend is 20", "im 13 and a 30 year old man wants to meet me",
        "my son is 13 and a 40 year old man is messaging him", "my boyfriend is 11 years older than me and im 14",
        "im 13 going out with a 19 year old", "15f my bf is 21m", "im 14f and hes 19m", "14f bf 23m",
        "i am 14f my boyfriend is 22m")) {
      assertThat(ids(child)).as(child).contains("adult-and-a-child");
    }
    // Numbers that are amounts, measures, other people's ages, or a peer a year or three older.
    for (String everyday : List.of("im 11 stone and my husband is 40", "im 10 stone he is 35",
        "i am fifteen years married and he is 45", "we have been together ten years he is 40",
        "i am ten minutes late he is 30", "im up at 11 pm and he is 30", "we met at 12 oclock and he is 30",
        "i am 10 miles away and he is 30", "im on 15 mg and my husband is 40", "i am twelve weeks pregnant he is 30",
        "my 15m commute and my 25m salary", "i had 10 drinks and my boyfriend had 20", "i owe 15 grand and my husband is 40",
        "My (30F) husband (32M) and our son (13M)", "Me (34F), son (14M), husband (40M)", "me 34f son 14m husband 40m",
        "my husband 45 and me 40 kids 12 and 14", "i am on the m11 and my husband is 50", "im 12m postpartum and my husband is 35",
        "i am one of ten kids and my husband is 40", "im a size 14 and my boyfriend is 30 and he calls me fat",
        "im 5 foot 10 and my husband is 35", "im 5' 11 and my husband is 40", "i am 5ft 10 and he is 30",
        "im 14+3 and my partner is 28", "i am paid 12 an hour and my partner is paid 25", "i'm 12.5 stone and my husband is 40",
        "im on 15 ml methadone and my partner is on 30 ml", "i am on day 12 of no contact and my husband is 40",
        "my son is 12 and his dads girlfriend is 25", "my daughter is 15 and her brothers girlfriend is 19",
        "im 14 and my bf is 2 years older", "my husband is 40 and i am 11 years younger and he hits me",
        "my gf is 30 and im 13 years older", "my husband is 50 and i am 15 years younger than him",
        "my husband 38 and me, kids 12 and 9, always arguing", "family of four my husband 40 and i have kids 14 and 11")) {
      assertThat(ids(everyday)).as(everyday).doesNotContain("adult-and-a-child");
    }
  }

  @Test
  void chokingAPartnerAsksForIsReadAsRiskNotAsAbuseButChokingDoneToTheReaderStaysStrangulation() {
    assertThat(ids("my girlfriend asked me to choke her during sex is it safe")).containsExactly("choking-in-sex");
    assertThat(ids("he likes to choke me during sex and i hate it")).contains("strangulation")
        .doesNotContain("choking-in-sex");
    assertThat(ids("he chokes me during sex")).contains("strangulation").doesNotContain("choking-in-sex");
    assertThat(ids("he likes being choked and he strangled me last night")).as("a wish does not hide what was done")
        .contains("partner-violence");
  }

  @Test
  void everydayWordsAreNotReadAsDanger() {
    assertThat(ids("my partner cheated on me")).isEmpty();
    assertThat(ids("stress at work is killing our sex life")).isEmpty();
    assertThat(ids("should i end it with him after the affair")).isEmpty();
    assertThat(ids("he kisses my neck")).isEmpty();
  }

  @Test
  void dangerWordsAreKnownAsWrittenStemmedAndMisspelt() {
    assertThat(bundled.isDangerWord("choking")).isTrue();
    assertThat(bundled.isDangerWord("chocking")).isTrue();
    assertThat(bundled.isDangerWord("strangled")).isTrue();
    assertThat(bundled.isDangerWord("jealousy")).isFalse();
  }

  @Test
  void aBadPhraseIsRefusedNamingItAndItsCategory() {
    assertThatThrownBy(() -> vocabulary(category("x", List.of("(only) (optional)"), List.of())))
        .hasMessageContaining("phrase '(only) (optional)' of danger category 'x'");
    assertThatThrownBy(() -> vocabulary(category("x", List.of("{hit} me"), List.of())))
        .hasMessageContaining("names group 'hit'").hasMessageContaining("did you mean 'hits'?");
    assertThatThrownBy(() -> vocabulary(category("x", List.of("a (b c)"), List.of())))
        .hasMessageContaining("bracket");
    assertThatThrownBy(() -> DangerVocabulary.of(List.of(category("x", List.of("a"), List.of()),
        category("x", List.of("b"), List.of())), Map.of(), Map.of(), Stems::of))
        .hasMessageContaining("'x' is listed twice");
  }

  @Test
  void aPackThatInheritsTheVocabularyKeepsOnlyTheConceptsItHas() {
    DangerVocabulary kept = bundled.keepingConcepts(id -> id.value().equals("strangulation"));
    assertThat(kept.safetyConcepts()).extracting(c -> c.value()).containsExactly("strangulation");
    assertThat(kept.categories()).hasSameSizeAs(bundled.categories());
  }

  @Test
  void aVocabularyReadFromItsExpandedFormsStemsOnlyTheReadersWordsAndRecognisesAsAFreshOneDoes() {
    // Compiled here from the phrases, not read from the build's snapshot as the bundled one is.
    DangerVocabulary fresh = DangerVocabulary.of(bundled.categories(), bundled.spellings(), bundled.groups(),
        bundled.readers(), Stems::of);
    List<String> asked = new java.util.ArrayList<>();
    java.util.function.UnaryOperator<List<String>> counting = words -> {
      asked.addAll(words);
      return Stems.of(words);
    };
    DangerVocabulary expanded = DangerVocabulary.ofExpanded(fresh.categories(), fresh.spellings(),
        fresh.groups(), fresh.readers(), counting, fresh.expandedForms());
    assertThat(asked).isEmpty();

    for (String text : List.of("he chokes me", "i wanna kil myself", "my boyfrend hitt me", "we hit each other",
        "im 14 and my boyfriend is 25", "i choked her", "my partner cheated on me",
        "he really hurt me when he cheated", "i was choking on my food when he choked me")) {
      asked.clear();
      assertThat(expanded.recognise(text)).isEqualTo(fresh.recognise(text));
      // Only the reader's words (respelled, as written and with single letters); the phrases' are thousands.
      assertThat(asked).as("stemmed for '%s'", text).hasSizeLessThanOrEqualTo(4 * text.split(" ").length);
    }
    assertThat(expanded.readerGroups("im a guy and she hits me")).isEqualTo(fresh.readerGroups("im a guy and she hits me"))
        .isNotEmpty();
    assertThat(expanded.isDangerWord("strangled")).isTrue();
    assertThat(expanded.isDangerWord("holiday")).isFalse();
  }

  /**
   * Every phrase and reader phrase, written out as a reader might (a group's first word for each
   * group, bracketed words kept), is recognised alike by a vocabulary read from its expanded forms,
   * whose slots, forms and keys are read on first use through the hash tables the build wrote, and by
   * one compiled from the phrases: a key stem the tables lost would lose a phrase here.
   */
  @Test
  void everyPhraseWrittenOutIsRecognisedAlikeFromTheExpandedFormsAndFromThePhrases() {
    DangerVocabulary fresh = DangerVocabulary.of(bundled.categories(), bundled.spellings(), bundled.groups(),
        bundled.readers(), Stems::of);
    DangerVocabulary expanded = DangerVocabulary.ofExpanded(fresh.categories(), fresh.spellings(),
        fresh.groups(), fresh.readers(), Stems::of, fresh.expandedForms());
    java.util.regex.Pattern group = java.util.regex.Pattern.compile("\\{([^}]+)}");
    java.util.function.UnaryOperator<String> writtenOut = phrase -> group.matcher(phrase.replace("...", " ")
        .replace("++", " ").replace("+", " ").replace("(", " ").replace(")", " "))
        .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(bundled.groups().get(m.group(1)).get(0)));
    int recognised = 0;
    for (DangerCategory category : bundled.categories()) {
      for (String phrase : category.phrases()) {
        String text = writtenOut.apply(phrase);
        List<DangerMatch> read = expanded.recognise(text);
        assertThat(read).as("'%s' of %s", text, category.id()).isEqualTo(fresh.recognise(text));
        recognised += read.isEmpty() ? 0 : 1;
      }
    }
    // Most phrases written out signal some danger (an except: or unless: phrase may take the rest).
    assertThat(recognised).isGreaterThan(bundled.categories().stream().mapToInt(c -> c.phrases().size()).sum() / 2);
    bundled.readers().values().forEach(phrases -> phrases.forEach(phrase ->
        assertThat(expanded.readerGroups(writtenOut.apply(phrase))).as(phrase)
            .isEqualTo(fresh.readerGroups(writtenOut.apply(phrase))).isNotEmpty()));
  }

  @Test
  void expandedFormsOfAnotherVocabularyCutShortTooLongOrCorruptAreRefusedWithTheRebuildHint() {
    DangerVocabulary small = vocabulary(category("x", List.of("he chokes me"), List.of()));
    byte[] forms = bundled.expandedForms();
    java.util.function.Function<byte[], DangerVocabulary> reading = bytes -> DangerVocabulary.ofExpanded(
        bundled.categories(), bundled.spellings(), bundled.groups(), bundled.readers(), Stems::of, bytes);
    assertThat(reading.apply(forms).recognise("he chokes me")).isNotEmpty();
    assertThatThrownBy(() -> reading.apply(small.expandedForms()).recognise("he chokes me"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another vocabulary");
    assertThatThrownBy(() -> reading.apply(java.util.Arrays.copyOf(forms, forms.length / 2)).recognise("he chokes me"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rebuild");
    assertThatThrownBy(() -> reading.apply(java.util.Arrays.copyOf(forms, forms.length + 3)).recognise("he chokes me"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("past their end");
    byte[] huge = forms.clone();
    huge[12] = 0x7f;                  // the word count, after the format and the fingerprint
    assertThatThrownBy(() -> reading.apply(huge).recognise("he chokes me"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rebuild");
  }

  /**
   * Whatever number is corrupted in the expanded forms, reading them fails as an
   * IllegalArgumentException with the rebuild hint, eagerly or on first use, or reads on: never a
   * NegativeArraySizeException, an OutOfMemoryError or an index out of bounds from a count inside a
   * phrase's row.
   */
  @Test
  void aCorruptNumberAnywhereInTheExpandedFormsIsRefusedAsAnIllegalArgument() {
    DangerVocabulary small = DangerVocabulary.of(List.of(category("x", List.of("he chokes me", "{close} + hit"),
        List.of("choking on"))), Map.of("chokd", "choked"), Map.of("close", List.of("mum", "dad")),
        Map.of(AudienceTag.MEN, List.of("im a guy")), Stems::of);
    byte[] forms = small.expandedForms();
    for (int at = 12; at + 4 <= forms.length; at++) {
      for (int value : new int[] {-1, Integer.MAX_VALUE, 1 << 28, 7}) {
        byte[] corrupt = forms.clone();
        java.nio.ByteBuffer.wrap(corrupt).putInt(at, value);
        try {
          DangerVocabulary read = DangerVocabulary.ofExpanded(small.categories(), small.spellings(), small.groups(),
              small.readers(), Stems::of, corrupt);
          read.recognise("he chokes me and dad hit me, im a guy");
          read.readerGroups("im a guy");
        } catch (IllegalArgumentException refused) {
          assertThat(refused).as("at %d, %d", at, value).hasMessageContaining("rebuild");
        } catch (RuntimeException | Error other) {
          throw new AssertionError("at " + at + ", " + value + ": " + other, other);
        }
      }
    }
  }

  /** A key stem moved to a slot where a search for it does not look would be a danger silently missed. */
  @Test
  void aHashTableWithAStemOutOfItsPlaceIsRefused() {
    DangerVocabulary small = DangerVocabulary.of(List.of(category("x", List.of("he chokes me"), List.of())), Map.of(),
        Map.of(), Map.of(AudienceTag.MEN, List.of("im a guy")), Stems::of);
    byte[] forms = small.expandedForms();
    java.nio.ByteBuffer last = java.nio.ByteBuffer.wrap(forms);
    // The file ends with the reader group's second key table: one stem, in a hash table of two slots.
    assertThat(last.getInt(forms.length - 12)).isEqualTo(2);
    int first = last.getInt(forms.length - 8);
    last.putInt(forms.length - 8, last.getInt(forms.length - 4)).putInt(forms.length - 4, first);
    assertThatThrownBy(() -> DangerVocabulary.ofExpanded(small.categories(), small.spellings(), small.groups(),
        small.readers(), Stems::of, forms).readerGroups("im a guy"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rebuild");
  }

  @Test
  void aBadPhraseIsStillRefusedWhereThePackIsReadNotOnFirstUse() {
    assertThatThrownBy(() -> vocabulary(category("x", List.of("{nope} me"), List.of())))
        .hasMessageContaining("names group 'nope'");
  }

  /**
   * A zero-width space parts words as a space does (Unicode ends a word there); a soft hyphen, a
   * joiner or a direction mark inside a word is dropped. Slipped into a word, a zero-width space may
   * hide it, so danger reads such a text both ways.
   */
  @Test
  void aZeroWidthSpacePartsWordsWhileASoftHyphenOrJoinerVanishes() {
    assertThat(ReaderWords.split("he\u200Bhits\u200Bme")).containsExactly("he", "hits", "me");
    assertThat(ReaderWords.split("he\u2063hits\u2063me")).containsExactly("he", "hits", "me");
    for (String inside : List.of("\u00AD", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200E")) {
      assertThat(ReaderWords.split("chea" + inside + "ting")).as("U+%04X", (int) inside.charAt(0))
          .containsExactly("cheating");
    }
    assertThat(ids("he\u200Bhits\u200Bme")).contains("partner-violence");
    assertThat(ids("i\u200Bwant\u200Bto\u200Bdie")).contains("self-harm");
    assertThat(ids("he h\u200Bits me")).as("slipped into a word").contains("partner-violence");
    assertThat(ids("i want to k\u200Bill myself")).as("slipped into a word").contains("self-harm");
    assertThat(ids("my\u200Bpartner\u200Bis\u200Bcheating\u200Bon\u200Bme")).isEmpty();
    assertThat(ids("my partner is chea\u00ADting on me")).isEmpty();
  }

  @Test
  void readersWordsAreFoldedTheSameWhetherPlainAsciiOrNot() {
    assertThat(ReaderWords.split("He DIDN'T   stop!! (Twice)")).containsExactly("he", "didnt", "stop", "twice");
    assertThat(ReaderWords.split("Il m’a étranglée, naïve café")).containsExactly("il", "ma", "etranglee", "naive",
        "cafe");
    assertThat(ReaderWords.split("  ...  ")).isEmpty();
    assertThat(ReaderWords.singleLetters(List.of("grabbed", "hitt", "aaa", "book", "x99", "a"))).containsExactly(
        "grabed", "hit", "a", "bok", "x99", "a");
  }
}
