package org.trustatlas.content.danger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;

class DangerSafetyTest {

  // What the block once read with regular expressions; the hand-written reading must agree with it.
  private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+");
  private static final Pattern FAULT = Pattern.compile("\\b(?:not|never) (your|their) fault\\b|\\bnever the fault of\\b");

  private static Set<String> whomByPattern(String sentence) {
    Set<String> whom = new HashSet<>();
    Matcher fault = FAULT.matcher(sentence.toLowerCase(Locale.ROOT));
    while (fault.find()) {
      whom.addAll(fault.group(1) == null ? List.of("your", "their") : List.of(fault.group(1)));
    }
    return whom;
  }

  private static List<String> texts() {
    List<String> texts = new ArrayList<>(List.of("", "One.", "One. Two!  Three?\nFour", "Ends with a space. ",
        "e.g. this", "It is not your fault. It is never their fault.", "It is knot your faults.",
        "Never the fault of the person harmed.", "NOT YOUR FAULT", "not your fault_", "(not your fault)",
        "Not their fault, and not your fault either.", "Tab\tafter.\tNext"));
    TrustAtlas.bundled().dangerVocabulary().categories().forEach(c -> c.message().ifPresent(texts::add));
    return texts;
  }

  @Test
  void aNoticeBreaksIntoSentencesAsItsPatternDid() {
    for (String text : texts()) {
      assertThat(DangerSafety.sentences(text)).as(text).containsExactly(SENTENCE.split(text));
    }
  }

  @Test
  void whomASentenceReassuresIsReadAsItsPatternDid() {
    for (String text : texts()) {
      for (String sentence : SENTENCE.split(text)) {
        assertThat(DangerSafety.whomItReassures(sentence)).as(sentence).isEqualTo(whomByPattern(sentence));
      }
    }
  }

  @Test
  void aReassuranceIsReadOnlyAsWholeWords() {
    assertThat(DangerSafety.whomItReassures("It is not your fault.")).containsExactly("your");
    assertThat(DangerSafety.whomItReassures("It is knot your faults.")).isEmpty();
    assertThat(DangerSafety.whomItReassures("Harm is never the fault of the person harmed.")).containsOnly("your", "their");
  }
}
