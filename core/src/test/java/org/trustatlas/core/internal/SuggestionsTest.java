package org.trustatlas.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SuggestionsTest {

  private static final List<String> NAMES = List.of("infidelity", "jealousy", "betrayal", "power-imbalance");

  @Test
  void suggestsTheNearestNamesForATypo() {
    assertThat(Suggestions.nearest("infedelity", NAMES, 3)).containsExactly("infidelity");
    assertThat(Suggestions.nearest("jelousy", NAMES, 3)).containsExactly("jealousy");
    assertThat(Suggestions.hint("betrayl", NAMES)).isEqualTo("; did you mean 'betrayal'?");
  }

  @Test
  void aNameThatStartsTheInputIsStillSuggested() {
    assertThat(Suggestions.nearest("infidelity-and-more-words", NAMES, 3)).containsExactly("infidelity");
  }

  @Test
  void suggestsNothingForSomethingFarFromEveryName() {
    assertThat(Suggestions.nearest("weather", NAMES, 3)).isEmpty();
    assertThat(Suggestions.hint("weather", NAMES)).isEmpty();
  }

  /**
   * "x" was within two edits of every two-letter alias ("ed", "sx") and three-letter one ("sex"), so
   * a plan with aggravators ["x"] and GET /concepts/%C3%A9 were answered "did you mean
   * 'sexual-pain-and-erection-problems'?". A name is near only when it keeps some of what was typed:
   * fewer edits than the shorter of the two has letters.
   */
  @Test
  void aNameReachedOnlyByReplacingEverythingTypedIsNotNear() {
    List<String> names = List.of("ed", "sx", "sex", "sti", "infidelity");
    assertThat(Suggestions.nearest("x", names, 3)).isEmpty();
    assertThat(Suggestions.nearest("\u00e9", names, 3)).isEmpty();
    assertThat(Suggestions.nearest("qz", names, 3)).isEmpty();
    assertThat(Suggestions.nearest("st", names, 3)).as("a start is still near").first().isEqualTo("sti");
    assertThat(Suggestions.nearest("sexx", names, 3)).containsExactly("sex");
  }

  /**
   * A letter or two that start a name suggest it, as command-line tools that complete a prefix do
   * (Cobra suggests every command the typed text begins): "i" suggested nothing, as one edit was not
   * fewer than its one letter. A letter that starts no name still suggests nothing.
   */
  @Test
  void aLetterThatStartsANameSuggestsIt() {
    List<String> names = List.of("ed", "sex", "infidelity", "insecurity", "jealousy");
    assertThat(Suggestions.nearest("i", names, 3)).containsExactly("infidelity", "insecurity");
    assertThat(Suggestions.nearest("I", names, 3)).containsExactly("infidelity", "insecurity");
    assertThat(Suggestions.nearest("j", names, 3)).containsExactly("jealousy");
    assertThat(Suggestions.nearest("x", names, 3)).isEmpty();
  }

  /**
   * "e" and a combining acute accent is the letter \u00e9 decomposed: it was two characters, one
   * edit from "ed", and suggested it, while the composed letter suggested nothing. Both are read
   * NFC-normalised and counted in code points, so they suggest the same: nothing.
   */
  @Test
  void aDecomposedLetterIsReadAsTheComposedOne() {
    List<String> names = List.of("ed", "sex", "infidelity");
    assertThat(Suggestions.nearest("e\u0301", names, 3)).isEqualTo(Suggestions.nearest("\u00e9", names, 3))
        .isEmpty();
    assertThat(Suggestions.nearest("\uD83D\uDC94", names, 3)).as("one emoji is one letter, not two").isEmpty();
    assertThat(Suggestions.nearest("infide\u0301lity", names, 3)).containsExactly("infidelity");
  }

  /**
   * Every name starts with the empty string, so an empty or blank value ('show ""', '--flag =yes',
   * '--kind ""') was "near" every name, and the first three in order were offered as if meant.
   */
  @Test
  void anEmptyOrBlankInputIsNearNothing() {
    for (String nothing : new String[] {"", " ", "\t"}) {
      assertThat(Suggestions.nearest(nothing, NAMES, 3)).as("'" + nothing + "'").isEmpty();
      assertThat(Suggestions.hint(nothing, NAMES)).isEmpty();
    }
  }

  /**
   * A hostile id of a million characters against ten thousand names: comparing it letter by letter
   * with each would fill a table of a million rows per name (hours, and gigabytes). Far longer than
   * any name means no name is near, which the lengths alone say. The timeout only stops a hang.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void anInputFarLongerThanEveryNameIsAnsweredFromTheLengthsAlone() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      names.add("concept-" + i);
    }
    String hostile = "x".repeat(1_000_000);
    assertThat(Suggestions.nearest(hostile, names, 3)).isEmpty();
  }
}
