package org.trustatlas.content.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.ConceptKind;

class MarkdownExportTest {

  private final String markdown = Exports.render(ExportFixtures.minimal(), ExportFormat.MARKDOWN);

  @Test
  void readsFromTheTitleThroughTheArticleToTheConceptsAndSources() {
    assertThat(markdown).startsWith("# A minimal pack for tests\n");
    assertThat(markdown.indexOf("## The article")).isLessThan(markdown.indexOf("## Concepts"));
    assertThat(markdown.indexOf("## Concepts")).isLessThan(markdown.indexOf("## Sources"));
  }

  @Test
  void eachSentenceStandsUnderItsSectionWithTheConceptsThatCiteIt() {
    assertThat(markdown).contains("### One\n\n> **S01** Trust is built slowly.\n\nConcepts: [Faith](#faith).\n");
    assertThat(markdown).contains("### Two\n\n> **S03** Apology can help.\n\nConcepts: [Apologizing](#apologizing).\n");
  }

  @Test
  void conceptsComeByKindWithTheirRelationsAndCitations() {
    assertThat(markdown).contains("### Trust dimensions\n\n#### <a id=\"faith\"></a>Faith\n");
    assertThat(markdown).contains("- undermined by [Infidelity](#infidelity) (S02)\n");
    assertThat(markdown).contains("`apologizing` · rebuilding strategy; actor: involved-partner; phase: atone; "
        + "adjunct: false; involvesFault: true; conjoint: false");
    assertThat(markdown).contains("Rests on: S01; [Rempel et al. (1985)](#source-rempel-1985).");
  }

  @Test
  void kindsAreHeadedInThePlural() {
    assertThat(MarkdownExport.plural(ConceptKind.REBUILDING_STRATEGY)).isEqualTo("Rebuilding strategies");
    assertThat(MarkdownExport.plural(ConceptKind.CHALLENGE)).isEqualTo("Challenges");
  }

  @Test
  void markupInTextIsEscaped() {
    assertThat(MarkdownExport.text("a *bold* [link]")).isEqualTo("a \\*bold\\* \\[link\\]");
  }
}
