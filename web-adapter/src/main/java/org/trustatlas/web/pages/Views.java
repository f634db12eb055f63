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

  /** @param sources the sources the relation rests on, each pointing at its entry in the page's Sources */
  public record LinkView(ConceptRef concept, List<String> sentenceIds, List<SourceCite> sources) {}

  public record SourceView(String authors, int year, String title, Optional<String> url) {}

  /** A source cited in running text: "Rempel et al. (1985)", linking to {@code #anchor}. */
  public record SourceCite(String anchor, String label) {}

  /** One entry of a page's Sources list, with the anchor its citations link to. */
  public record SourceEntry(String anchor, SourceView source) {}

  /** @param cautions notes of the safety rules about this concept, shown before anything else it links to */
  public record ConceptView(ConceptRef ref, String summary, List<String> aliases, List<Fact> facts,
      List<String> cautions, List<RelationGroup> groups, List<SentenceView> sentences, List<SourceEntry> sources) {}

  public record KindGroup(String heading, List<ConceptRef> concepts) {}

  public record IndexView(List<KindGroup> kinds) {}

  public record ErrorView(int status, String title, String detail, List<ConceptRef> suggestions) {}

  public record SearchHitView(ConceptRef concept, String snippet) {}

  /**
   * @param searched whether a query was run; false shows the empty form
   * @param danger whether the words signal danger: the safety block then comes before the hits
   * @param safety the search's safety block; after the hits when no danger was recognised
   */
  public record SearchView(String query, boolean searched, boolean danger, Optional<SafetyBlockView> safety,
      List<SearchHitView> hits) {
    public static final SearchView EMPTY = new SearchView("", false, false, Optional.empty(), List.of());
  }

  public record NavItem(String href, String label, boolean current) {}

  /** A named scenario to choose on the simulator page. */
  public record ScenarioOption(String id, String title, String description, int steps, boolean selected) {}

  /** What happens when: "Weeks 13–52" (the read model's phrase, capitalised) and "a trustworthy act (size 0.5)". */
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
      String summary, List<EventLine> events, List<TableRow> rows, String rowsNote) {}

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

  /**
   * One way to reach a service, as published.
   *
   * @param href a {@code tel:}, {@code sms:} or web address when the value can be dialled or opened as
   *     is; a number published with letters ("800-799-SAFE") is shown, not linked
   */
  public record ChannelView(String kind, String value, Optional<String> href, Optional<String> note,
      boolean external) {}

  /**
   * A crisis or support service with where its details come from.
   *
   * @param verifyNote present when anything shown is of low certainty; always shown with the details
   * @param fallback true when it comes from the international directory because the region lists none
   */
  /**
   * A crisis or support service with where its details come from.
   *
   * @param area the part of the country it covers, such as Scotland; empty for the whole country
   * @param groups whom it is set up for, such as "LGBTQ+ people"; empty when it is for everyone
   * @param verifyNote present when anything shown is of low certainty; always shown with the details
   * @param fallback true when it comes from the international directory because the region lists none
   */
  public record ServiceView(String id, String name, Optional<String> area, List<String> groups, List<String> types,
      List<ChannelView> channels, String hours, String audience, String sourceUrl, String lastVerified,
      Optional<String> verifyNote, boolean fallback) {}

  /** Another country's emergency number, listed when the reader's country is unknown or not covered. */
  public record OtherNumberView(String regionName, String number, Optional<String> href) {}

  /**
   * The emergency number of a region, first wherever danger is signalled; {@code elsewhere} lists
   * every covered country's number when the reader's own is unknown.
   */
  public record EmergencyView(String regionName, String primary, Optional<String> href, List<String> alternatives,
      Optional<String> note, String sourceUrl, String lastVerified, Optional<String> verifyNote,
      List<OtherNumberView> elsewhere) {}

  /** The services of one type in a region. */
  public record ServiceGroup(String anchor, String heading, boolean fallback, String fallbackNote,
      List<ServiceView> services) {}

  public record RegionOption(String code, String name, boolean selected) {}

  /**
   * {@code /resources}: the emergency number first, then services by type; {@code notice} says when
   * the region asked for was not recognised and the international directory is shown instead.
   */
  public record ResourcesView(String region, String regionName, List<RegionOption> regions, EmergencyView emergency,
      List<ServiceGroup> groups, Optional<String> notice) {}

  /**
   * One line of a safety block, in the order the core put it: the emergency number, a notice (urgent
   * for escalations) or a service. Exactly one of {@code call}, {@code text} and {@code service} is set.
   */
  public record SafetyItemView(String kind, Optional<EmergencyView> call, Optional<String> text,
      Optional<ServiceView> service) {
    public boolean isCall() {
      return kind.equals("call");
    }

    public boolean isService() {
      return kind.equals("service");
    }

    public boolean isUrgent() {
      return kind.equals("urgent");
    }
  }

  /** What every plan and check-in answer shows first. */
  public record SafetyBlockView(String level, String heading, boolean leadsWithEmergency, List<SafetyItemView> items) {}

  /** An article sentence quoted where a step or outcome rests on it. */
  public record QuoteView(String id, String text) {}

  /**
   * One step of a plan: what, by whom, why, and on what evidence.
   *
   * @param framing whose step it is, as core words it for the reader ("Your step", "What your partner can do")
   * @param forReader whether it is the reader's own step
   */
  public record StepView(ConceptRef strategy, String framing, boolean forReader, boolean optional, String why,
      List<QuoteView> sentences, List<SourceView> sources, List<String> caveats, List<ConceptRef> resources) {}

  public record PhaseView(ConceptRef phase, int number, String summary, List<StepView> steps) {}

  public record ReferralView(ConceptRef concept, String summary, String why) {}

  /** Something the plan left out, with the reason in the reader's words. */
  public record SuppressedView(ConceptRef concept, String reason) {}

  public record RequirementView(ConceptRef concept, String summary, List<QuoteView> sentences) {}

  public record OutcomeView(ConceptRef concept, String summary, boolean optional, List<String> caveats,
      List<QuoteView> sentences) {}

  /** A repair plan in the order it is read: the safety block first, always. */
  public record PlanView(SafetyBlockView safety, List<ConceptRef> challenges, String audience, List<PhaseView> phases,
      List<ReferralView> referrals, List<SuppressedView> suppressed, List<RequirementView> requirements,
      List<OutcomeView> outcomes) {}

  /** A choice in a form: a checkbox or radio button. */
  public record Option(String value, String label, Optional<String> hint, boolean checked) {}

  /** A safety question of the plan form, answered yes, no or not sure. */
  public record FlagQuestion(String name, String prompt, List<Option> answers) {}

  /** The plan form, with what the reader chose so far. */
  public record PlanFormView(List<Option> challenges, List<Option> roles, List<FlagQuestion> flags,
      List<Option> aggravators, List<RegionOption> regions) {}

  /** {@code /plan}: the form, and the plan when one was asked for. */
  public record PlanPageView(PlanFormView form, Optional<PlanView> plan, List<FormError> errors) {
    public boolean hasErrors() {
      return !errors.isEmpty();
    }
  }

  /** A check-in question: radio buttons, or checkboxes when several answers may be chosen. */
  public record QuestionView(String id, String prompt, Optional<String> help, boolean multiple, List<Option> choices) {}

  /** The questions of one section, safety first. */
  public record QuestionGroup(String anchor, String heading, String intro, List<QuestionView> questions) {}

  /** An answer carried from the first page of the check-in to the second, as a hidden field. */
  public record CarriedAnswer(String name, String value) {}

  /**
   * {@code /check-in}: the questions, or where the answers led. {@code ending} is {@code stop} (a
   * danger answer: resources only), {@code nothing} (no challenge named) or {@code plan}. The
   * questions come on two pages: first the setting questions ({@code first} true), then the rest,
   * carrying the first page's answers, without the questions for a reader alone when someone else can
   * see the screen.
   */
  public record CheckInView(List<QuestionGroup> groups, Optional<String> ending, Optional<String> message,
      Optional<SafetyBlockView> safety, Optional<PlanView> plan, List<FormError> errors, boolean first,
      List<CarriedAnswer> carried) {
    public boolean hasErrors() {
      return !errors.isEmpty();
    }

    public boolean stopped() {
      return ending.filter("stop"::equals).isPresent();
    }
  }
}
