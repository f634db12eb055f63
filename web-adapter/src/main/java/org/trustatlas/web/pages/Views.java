package org.trustatlas.web.pages;

import java.util.List;
import java.util.Optional;

/**
 * The records templates render. Templates only read them; every decision about what to show is
 * made while building them, in plain Java that tests can reach.
 */
public final class Views {

  private Views() {}

  /** A link to a concept page. */
  public record ConceptRef(String id, String label, String kind) {
    public String href() {
      return "/concepts/" + id;
    }
  }

  /**
   * A sentence of the article with the concepts that cite it.
   *
   * @param anchor the element id to link to, or null where the sentence already appeared on the page
   */
  public record SentenceView(String id, String anchor, String text, List<ConceptRef> concepts) {
    /** The same sentence without a link to the concept whose page it is shown on. */
    public SentenceView without(String conceptId) {
      return new SentenceView(id, anchor, text, concepts.stream().filter(c -> !c.id().equals(conceptId)).toList());
    }

    public SentenceView withoutAnchor() {
      return new SentenceView(id, null, text, concepts);
    }
  }

  /** One of the article's four moves on the home page. */
  public record TourPart(String anchor, int number, String title, String blurb, Optional<String> contentNote,
      List<SentenceView> sentences, Optional<TourPart.Next> next) {
    public record Next(String anchor, String title) {}
  }

  public record HomeView(List<TourPart> parts) {}

  public record Fact(String term, String value, Optional<ConceptRef> link) {}

  /** Relations of one kind and direction: "Undermines", "Restored by". */
  public record RelationGroup(String heading, List<LinkView> links) {}

  public record LinkView(ConceptRef concept, List<String> sentenceIds) {}

  public record SourceView(String authors, int year, String title, Optional<String> url) {}

  public record ConceptView(ConceptRef ref, String summary, List<String> aliases, List<Fact> facts,
      List<RelationGroup> groups, List<SentenceView> sentences, List<SourceView> sources) {}

  public record KindGroup(String heading, List<ConceptRef> concepts) {}

  public record IndexView(List<KindGroup> kinds) {}

  public record ErrorView(int status, String title, String detail, List<ConceptRef> suggestions) {}

  public record SearchHitView(ConceptRef concept, String snippet) {}

  /** @param searched whether a query was run; false shows the empty form */
  public record SearchView(String query, boolean searched, List<SearchHitView> hits) {
    public static final SearchView EMPTY = new SearchView("", false, List.of());
  }

  public record NavItem(String href, String label, boolean current) {}
}
