package org.trustatlas.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.safety.Region;

/**
 * The level a search answers with is what a front end reads first, so it names whose harm the words
 * tell of: a child's harm is never called a partner's, a partner's harm stays a partner's, and danger
 * now stays an emergency whoever is in it.
 */
class SafetyLevelOfASearchTest {

  private static final TrustAtlas BUNDLED = TrustAtlas.bundled();

  private static String level(String words) {
    return BUNDLED.search(words, 5, Region.of("GB")).safety().level().slug();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "im 12 my dad hits me",                          // a child hurt at home
      "i found child porn on my 13 year olds ipad",    // a parent whose child looks at sexual images of children
      "me 15 i have sexual thoughts about little kids", // a young person worried about their own thoughts
      "i hurt my child and i am scared i will do it again",
      "i think i am attracted to kids"})               // an adult who wants help not to harm
  void wordsOnlyAboutHarmToOrByAChildAnswerChildAtRisk(String words) {
    assertThat(level(words)).as(words).isEqualTo("child-at-risk");
  }

  @ParameterizedTest
  @ValueSource(strings = {"my boyfriend hits me", "my husband choked me last night",
      "he hits me in front of the kids"})
  void harmByAPartnerStaysPartnerHarmEvenWithChildrenThere(String words) {
    assertThat(level(words)).as(words).isEqualTo("partner-harm");
  }

  @ParameterizedTest
  @ValueSource(strings = {"i want to die", "my dad is hitting me right now and i am scared he will kill me"})
  void dangerNowOrARiskToLifeStaysAnEmergencyWhoeverIsInIt(String words) {
    assertThat(level(words)).as(words).isEqualTo("emergency");
  }
}
