package org.trustatlas.content.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.trustatlas.content.json.AtlasJson;

class QuoteTest {

  @Test
  void aParsersReasonKeepsItsHelpWithoutNamingTheParsersSettings() {
    Throwable comment = catchThrowable(() -> AtlasJson.mapper().readTree("/*x*/{\"role\": \"hurt-partner\"}"));
    String reason = Quote.reason(comment.getMessage());
    assertThat(reason).contains("comment").doesNotContain("Feature").doesNotContain("ALLOW_COMMENTS");
    Throwable quotes = catchThrowable(() -> AtlasJson.mapper().readTree("{'role': 'hurt-partner'}"));
    assertThat(Quote.reason(quotes.getMessage())).doesNotContain("Feature").doesNotContain("ALLOW_SINGLE_QUOTES");
  }

  @Test
  void aLongValueIsCutBetweenCharactersNeverInsideAnEmoji() {
    String broken = "\uD83D\uDC94";
    assertThat(Quote.bare("a".repeat(Quote.MAX_CHARS - 1) + broken + "heart")).isEqualTo("a".repeat(Quote.MAX_CHARS - 1)
        + "\u2026");
    assertThat(Quote.bare("a".repeat(Quote.MAX_CHARS - 2) + broken + "heart")).isEqualTo("a".repeat(Quote.MAX_CHARS - 2)
        + broken + "\u2026");
  }

  @Test
  void aQuotedValueShowsBidiControlsAsEscapesAndKeepsJoinersAndDirectionMarks() {
    assertThat(Quote.of("\u202Egnp.exe\u2066x\u2069")).isEqualTo("'\\u202Egnp.exe\\u2066x\\u2069'");
    assertThat(Quote.of("\u202Afaith\u202C")).isEqualTo("'\\u202Afaith\\u202C'");
    assertThat(Quote.of("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \u200F")).doesNotContain("\\u");
  }

  @Test
  void aReasonThatNamesTheParsersOwnClassesIsReplacedByAPlainOne() {
    assertThat(Quote.reason("Cannot construct instance of `tools.jackson.databind.node.ObjectNode`"))
        .isEqualTo("the text does not follow its syntax here");
    assertThat(Quote.reason(null)).isEqualTo("the text does not follow its syntax here");
  }
}
