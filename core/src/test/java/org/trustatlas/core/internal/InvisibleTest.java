package org.trustatlas.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvisibleTest {

  @Test
  void aZeroWidthSpaceOrAnotherSeparatorIsASpace() {
    assertThat(Invisible.spaced("he\u200Bhits\u200Bme")).isEqualTo("he hits me");
    assertThat(Invisible.spaced("he\u2063hits\u180Eme")).isEqualTo("he hits me");
  }

  @Test
  void anInvisibleCharacterOutsideTheBasicPlaneGoesToo() {
    String tag = new String(Character.toChars(0xE0020));
    assertThat(Invisible.spaced("he h" + tag + "its me")).isEqualTo("he hits me");
    assertThat(Invisible.joined("he h" + tag + "its me")).isEqualTo("he hits me");
  }

  @Test
  void everyOtherInvisibleCharacterGoesWhereItStands() {
    for (String inside : List.of("\u00AD", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200E", "\u200F", "\u202A")) {
      assertThat(Invisible.spaced("chea" + inside + "ting")).as("U+%04X", (int) inside.charAt(0))
          .isEqualTo("cheating");
    }
    assertThat(Invisible.spaced("plain ascii")).isSameAs("plain ascii");
  }

  @Test
  void joinedDropsSeparatorsTooAndOnlyASeparatorBetweenLettersReadsTwoWays() {
    assertThat(Invisible.joined("k\u200Bill\u00AD")).isEqualTo("kill");
    assertThat(Invisible.partsAWord("he\u200Bhits")).isTrue();
    assertThat(Invisible.partsAWord("h\u200B1")).isTrue();
    assertThat(Invisible.partsAWord("he \u200Bhits")).isFalse();
    assertThat(Invisible.partsAWord("\u200Bhits\u200B")).isFalse();
    assertThat(Invisible.partsAWord("chea\u00ADting")).as("a soft hyphen parts nothing").isFalse();
  }
}
