package org.trustatlas.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.safety.Region;

/**
 * Where no danger is recognised, a concept about harm or crisis ranks among the rest only when the
 * reader's words name it: a word used in passing ("killing", "thought", "phone", "scared") must not
 * put threats to kill or thoughts of suicide before what an everyday question is about.
 */
class WordsInPassingTest {

  private static final TrustAtlas ATLAS = TrustAtlas.bundled();
  private static final Region GB = Region.of("GB");

  /** Concepts about harm or crisis an everyday question must not lead with. */
  private static final Set<String> ABOUT_HARM = Set.of("suicidal-thoughts-and-self-harm", "threats-to-kill",
      "strangulation", "sex-without-capacity", "stealthing", "image-based-abuse", "stalking-and-technology-abuse",
      "coercive-control", "intimate-partner-abuse", "sexual-violence-by-partner", "fear-of-partner",
      "reproductive-coercion", "children-exposed-to-abuse", "emergency-services", "crisis-line",
      "child-protection-service", "safety-planning", "domestic-violence-service");

  @Test
  void anEverydayQuestionWithAWordInPassingLeadsWithWhatItIsAbout() {
    for (String words : List.of("the kids are killing our sex life", "stress at work is killing our sex life",
        "thought marriage would be like the movies why isnt he romantic", "we keep cutting back on date nights",
        "found tinder on his phone", "im scared my wife will leave me", "sharing sexual fantasies",
        "my wife is gonna kill me when she sees the credit card bill", "should I leave him",
        "hubby watches porn every night instead of being with me", "why am i so jealous of my partners ex",
        "sex with my wife is so boring now", "he lied to me about everything")) {
      SearchResults results = ATLAS.search(words, 5, GB);

      assertThat(results.danger()).as(words).isEmpty();
      assertThat(results.hits()).as(words).isNotEmpty();
      assertThat(results.hits().get(0).concept().id().value()).as(words).isNotIn(ABOUT_HARM);
    }
  }

  /**
   * A clinician's review: "i think" is no word about harm. The summary of thoughts of suicide opened with
   * "Thinking about ending your life", so every "i think ..." question met it second.
   */
  @Test
  void iThinkDoesNotBringThoughtsOfSuicide() {
    for (String words : List.of("i think my husband is gay", "i think my wife is a lesbian", "i think")) {
      SearchResults results = ATLAS.search(words, 5, GB);
      assertThat(results.danger()).as(words).isEmpty();
      assertThat(results.hits()).as(words).extracting(hit -> hit.concept().id().value())
          .doesNotContain("suicidal-thoughts-and-self-harm");
    }
  }

  /**
   * Set I's tuning: ongoing consent, which the danger vocabulary pins, was given "say yes", "duty" and
   * "obligation" as aliases, and so was named by any of them: "get her to say yes to counselling" led
   * with it. Its aliases name it only in words about sex ("have to say yes", "marital duty", "sex out of
   * obligation").
   */
  @Test
  void aWordInPassingDoesNotNameConsent() {
    for (String words : List.of("how do i get her to say yes to counselling", "is it my duty to stay for the kids",
        "i only stay out of obligation")) {
      SearchResults results = ATLAS.search(words, 3, GB);
      assertThat(results.danger()).as(words).isEmpty();
      assertThat(results.hits()).as(words).extracting(hit -> hit.concept().id().value())
          .doesNotContain("ongoing-consent");
    }
    assertThat(ATLAS.search("do i have to say yes every time he wants sex", 3, GB).hits())
        .extracting(hit -> hit.concept().id().value()).contains("ongoing-consent");
  }

  @Test
  void aReaderWhoNamesAConceptAboutHarmFindsItFirst() {
    Map<String, String> named = Map.of("self harm", "suicidal-thoughts-and-self-harm", "safety plan",
        "safety-planning", "coercive control", "coercive-control", "strangulation", "strangulation",
        "dv hotline", "domestic-violence-service", "stealthing", "stealthing", "revenge porn",
        "image-based-abuse", "what is reproductive coercion", "reproductive-coercion", "crisis line",
        "crisis-line");
    named.forEach((words, concept) ->
        assertThat(ATLAS.search(words, 5, GB).hits().get(0).concept().id().value()).as(words).isEqualTo(concept));
  }

  @Test
  void aConceptAboutHarmMatchedInPassingStillShowsBelowTheRest() {
    // Not hidden: where the words might be a danger the vocabulary missed, it is still there to find.
    SearchResults results = ATLAS.search("my boyfriend said he would kill for a pizza", 5, GB);

    assertThat(results.hits()).extracting(hit -> hit.concept().id().value()).contains("threats-to-kill")
        .first().isNotIn(ABOUT_HARM);
    for (int i = 1; i < results.hits().size(); i++) {
      assertThat(results.hits().get(i).score()).isLessThanOrEqualTo(results.hits().get(i - 1).score());
    }
  }

  @Test
  void aNameCountsOnlyWhenItsWordsStandTogetherInOrder() {
    // "kill myself" is an alias of thoughts of suicide, "watches me" one of stalking.
    assertThat(top("the kids are killing our sex life")).isNotEqualTo("suicidal-thoughts-and-self-harm");
    assertThat(top("hubby watches porn every night instead of being with me"))
        .isNotEqualTo("stalking-and-technology-abuse");
    assertThat(top("how do i stop thoughts of suicide")).isEqualTo("suicidal-thoughts-and-self-harm");
  }

  private static String top(String words) {
    return ATLAS.search(words, 5, GB).hits().get(0).concept().id().value();
  }

  @Test
  void namesAreComparedWordForWordInOrderWithTheLittleWords() {
    assertThat(Names.stems("I want to KILL myself")).containsSubsequence("kill", "myself");
    assertThat(Names.stems("couldn\u2019t breathe")).containsExactly("couldnt", "breath");
    assertThat(Names.stems("!!!")).isEmpty();
    assertThat(Names.stems("my abuser")).containsExactly("my", "abuser");
    assertThat(Names.stems("你好 été")).containsExactly("你好", "été");
  }
}
