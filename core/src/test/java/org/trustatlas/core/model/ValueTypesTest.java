package org.trustatlas.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.internal.Require;
import org.trustatlas.core.internal.Slugs;
import org.trustatlas.core.internal.Suggestions;

/** A value type cannot hold an invalid value: each rejects it at construction with a clear message. */
class ValueTypesTest {

  @Test
  void conceptIdsAreLowerKebabCase() {
    assertThat(ConceptId.of("couples-therapy").value()).isEqualTo("couples-therapy");
    assertThatThrownBy(() -> ConceptId.of("Couples Therapy")).hasMessageContaining("'Couples Therapy' must be lower-kebab-case");
    assertThatThrownBy(() -> ConceptId.of("double--hyphen")).isInstanceOf(IllegalArgumentException.class);
    // a value sent from outside is quoted short: the message is shown to whoever sent it
    assertThatThrownBy(() -> ConceptId.of("A".repeat(16_000))).message().hasSizeLessThan(200).contains("\u2026");
    assertThatThrownBy(() -> ConceptId.of("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
  }

  /** The rules the hand-written checks implement, as patterns: kept here, off every start-up path. */
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern SENTENCE = Pattern.compile("S\\d\\d");

  @Test
  void theHandWrittenIdChecksAgreeWithTheirPatterns() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(1);
    String alphabet = "ab09-S_ A";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder candidate = new StringBuilder();
      for (int n = random.nextInt(8); n > 0; n--) {
        candidate.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String value = candidate.toString();
      assertThat(ConceptId.isValid(value)).as("'%s'", value).isEqualTo(SLUG.matcher(value).matches());
      assertThat(SentenceRef.isValid(value)).as("'%s'", value)
          .isEqualTo(SENTENCE.matcher(value).matches() && !value.equals("S00"));
    }
    for (String ref : new String[] {"S01", "S23", "S99", "S00", "S1", "s01", "S0a", "S١٢"}) {
      assertThat(SentenceRef.isValid(ref)).as(ref)
          .isEqualTo(SENTENCE.matcher(ref).matches() && !ref.equals("S00"));
    }
  }

  @Test
  void sentenceRefsAreSAndTwoDigits() {
    assertThat(SentenceRef.of("S23").number()).isEqualTo(23);
    assertThatThrownBy(() -> SentenceRef.of("S1")).hasMessageContaining("'S1' must be 'S' followed by two digits");
    assertThatThrownBy(() -> SentenceRef.of("S00")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void citationsAreNeverEmpty() {
    assertThatThrownBy(() -> Citations.of(List.of(), List.of()))
        .hasMessage("needs at least one article sentence or one source");
  }

  @Test
  void citationsHoldSentencesInArticleOrderAndEachSentenceAndSourceOnce() {
    SourceRef kim = new SourceRef("kim-2004", "Removing the shadow of suspicion", List.of("Kim, P. H."), 2004,
        Optional.empty());
    SourceRef same = new SourceRef("kim-2004", "Removing the shadow of suspicion", List.of("Kim, P. H."), 2004,
        Optional.empty());
    SourceRef other = new SourceRef("gottman-2012", "What makes love last?", List.of("Gottman, J. M."), 2012,
        Optional.empty());
    Citations cited = Citations.of(List.of(SentenceRef.of("S10"), SentenceRef.of("S03"), SentenceRef.of("S10")),
        List.of(kim, other, same));
    assertThat(cited.sentences()).extracting(SentenceRef::id).containsExactly("S03", "S10");
    assertThat(cited.sources()).containsExactly(kim, other);
    Citations inOrder = Citations.of(List.of(SentenceRef.of("S01"), SentenceRef.of("S02")), List.of(other, kim));
    assertThat(inOrder.sentences()).extracting(SentenceRef::id).containsExactly("S01", "S02");
    assertThat(inOrder.sources()).containsExactly(other, kim);
  }

  @Test
  void aCheckNamesTheItemAndFieldWhenItFails() {
    // The name is made only on failure; what it says must not change for that.
    assertThatThrownBy(() -> Require.list(Arrays.asList("a", null), () -> "concept 'faith' aliases"))
        .isInstanceOf(NullPointerException.class).hasMessage("concept 'faith' aliases must not contain null");
    assertThatThrownBy(() -> Require.nonEmpty(List.of(), () -> "resource 'line' types"))
        .hasMessage("resource 'line' types must not be empty");
    assertThatThrownBy(() -> Require.optional(null, () -> "resource 'line' note"))
        .hasMessage("resource 'line' note must not be null; use Optional.empty()");
    assertThatThrownBy(() -> Require.slug("Not A Slug", "rule source"))
        .hasMessage("rule source 'Not A Slug' must be lower-kebab-case, such as 'no-couples-work'");
    assertThat(Require.optional(Optional.of("  "), "note")).isEmpty();
    assertThat(Require.optional(Optional.of(" kept "), "note")).contains("kept");
    assertThat(Require.text("  kept ", () -> "label")).isEqualTo("kept");
  }

  @Test
  void conceptsNeedALabelAndASummaryAndDistinctAliases() {
    Citations cited = Citations.sentences("S01");
    assertThatThrownBy(() -> ConceptInfo.of("faith", " ", List.of(), "x", cited)).hasMessage("concept 'faith' label must not be blank");
    assertThatThrownBy(() -> ConceptInfo.of("faith", "Faith", List.of(), "", cited)).hasMessage("concept 'faith' summary must not be blank");
    assertThatThrownBy(() -> ConceptInfo.of("faith", "Faith", List.of("Trust", "trust"), "x", cited))
        .hasMessageContaining("lists an alias twice");
  }

  @Test
  void aConjointStrategyMustBeForBothPartners() {
    ConceptInfo info = ConceptInfo.of("couples-therapy", "Couples therapy", List.of(), "x", Citations.sentences("S18"));
    assertThatThrownBy(() -> new RebuildingStrategy(info, ActorRole.HURT_PARTNER, ConceptId.of("attune"), false, false, true))
        .hasMessage("strategy 'couples-therapy' is conjoint, so its actor must be both, not hurt-partner");
  }

  @Test
  void sourcesCarryAPlausibleYearAndAShortCitation() {
    SourceRef source = new SourceRef("kim-2004", "Removing the shadow of suspicion",
        List.of("Kim, P. H.", "Ferrin, D. L.", "Cooper, C. D."), 2004, Optional.empty());
    assertThat(source.shortCitation()).isEqualTo("Kim et al. (2004)");
    assertThatThrownBy(() -> new SourceRef("x", "t", List.of("A"), 3011, Optional.empty()))
        .hasMessageContaining("year 3011");
  }

  @Test
  void articleSentencesRunInOrderWithoutGaps() {
    assertThatThrownBy(() -> Article.of("t", List.of(new Sentence(SentenceRef.of("S02"), "s", "x"))))
        .hasMessageContaining("ids must run S01, S02");
  }

  @Test
  void slugsRoundTripEveryEnum() {
    for (ActorRole role : ActorRole.values()) {
      assertThat(Slugs.parse(ActorRole.class, Slugs.of(role))).contains(role);
    }
    assertThat(Slugs.of(ChallengeFamily.PARTNER_HARM)).isEqualTo("partner-harm");
    assertThat(Slugs.parse(ChallengeFamily.class, "nope")).isEmpty();
  }

  @Test
  void suggestionsPreferTheClosestIdsAndStayQuietWhenNothingIsClose() {
    List<String> ids = List.of("infidelity", "intimacy", "individual-therapy");
    assertThat(Suggestions.nearest("infidelty", ids, 3)).containsExactly("infidelity");
    assertThat(Suggestions.hint("zzzzzz", ids)).isEmpty();
  }
}
