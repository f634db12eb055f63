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

  /** A named scenario to choose on the simulator page. */
  public record ScenarioOption(String id, String title, String description, int steps, boolean selected) {}

  /** What happens when: "Weeks 13 to 52, every week" and "a trustworthy act (size 0.5)". */
  public record EventLine(String when, String what) {}

  /** One week of the table that stands in for the chart; values are percentages. */
  public record TableRow(int week, String trust, String predictability, String dependability, String faith,
      String distrust, String events) {}

  /**
   * One run, ready to show.
   *
   * @param chart the inline SVG, drawn by {@link TrajectoryChart}; the only markup not escaped by templates
   * @param rowsNote which weeks the table shows
   */
  public record SimulationView(String title, String description, int steps, String notice, String chart,
      String summary, List<String> refusals, List<EventLine> events, List<TableRow> rows, String rowsNote) {}

  /** A mistake in what the reader sent, linked from the error summary to the field it is about. */
  public record FormError(String field, String message) {
    public String href() {
      return "#" + field;
    }
  }

  /**
   * The simulator page: the forms, and a run's result when there is one.
   *
   * @param steps what the reader typed for the number of weeks, shown back as typed
   * @param events the text of the scenario the reader wrote, or an example to start from
   * @param problems located problems in that text, each already in words
   */
  public record SimulatorView(List<ScenarioOption> scenarios, String steps, String events,
      Optional<SimulationView> result, List<FormError> errors, List<String> problems) {
    public boolean hasErrors() {
      return !errors.isEmpty();
    }
  }
}
