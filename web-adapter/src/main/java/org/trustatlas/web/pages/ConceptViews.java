package org.trustatlas.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.Citations;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.DevelopmentPractice;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.Link;
import org.trustatlas.core.model.Outcome;
import org.trustatlas.core.model.ReactiveBehavior;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.model.SentenceRef;

import org.trustatlas.core.model.SourceRef;
import org.trustatlas.web.pages.Views.ConceptRef;
import org.trustatlas.web.pages.Views.ConceptView;
import org.trustatlas.web.pages.Views.Fact;
import org.trustatlas.web.pages.Views.LinkView;
import org.trustatlas.web.pages.Views.RelationGroup;
import org.trustatlas.web.pages.Views.SentenceView;
import org.trustatlas.web.pages.Views.SourceCite;
import org.trustatlas.web.pages.Views.SourceEntry;
import org.trustatlas.web.pages.Views.SourceView;

/** Builds the view of one concept page from the atlas: facts, grouped relations, evidence. */
final class ConceptViews {

  private final Atlas atlas;
  private final java.util.function.Function<Concept, List<String>> cautions;

  /** @param cautions what the safety rules say about a concept in general, shown on its page */
  ConceptViews(Atlas atlas, java.util.function.Function<Concept, List<String>> cautions) {
    this.atlas = atlas;
    this.cautions = cautions;
  }

  static ConceptRef ref(Concept concept) {
    return new ConceptRef(concept.id().value(), concept.label(), Words.of(concept.kind()));
  }

  ConceptView view(Concept concept) {
    return new ConceptView(ref(concept), concept.summary(), concept.aliases(), facts(concept), cautions.apply(concept),
        groups(concept),
        concept.citations().sentences().stream().flatMap(s -> sentence(s).stream())
            .map(s -> s.without(concept.id().value())).toList(),
        Citations.sourcesOf(concept.citations(), atlas.related(concept.id(), Direction.BOTH).stream()
            .map(link -> link.relation().citations()).toList()).stream()
            .map(s -> new SourceEntry(anchor(s), source(s))).toList());
  }

  private static String anchor(SourceRef source) {
    return "source-" + source.key();
  }

  /** Relations grouped by how they read from this concept, in the order relation kinds are declared. */
  private List<RelationGroup> groups(Concept concept) {
    Map<String, List<LinkView>> byPhrase = new LinkedHashMap<>();
    for (Link link : atlas.related(concept.id(), Direction.BOTH)) {
      byPhrase.computeIfAbsent(Words.sentenceCase(link.phrase()), p -> new ArrayList<>())
          .add(new LinkView(ref(link.other()), link.relation().citations().sentences().stream()
              .map(SentenceRef::id).toList(), link.relation().citations().sources().stream()
              .map(s -> new SourceCite(anchor(s), s.shortCitation())).toList()));
    }
    return byPhrase.entrySet().stream().map(e -> new RelationGroup(e.getKey(), e.getValue())).toList();
  }

  Optional<SentenceView> sentence(SentenceRef ref) {
    return atlas.article().sentence(ref).map(s -> new SentenceView(ref.id(), ref.id(), s.text(),
        atlas.citing(ref).concepts().stream().map(ConceptViews::ref).toList()));
  }

  private static SourceView source(SourceRef source) {
    return new SourceView(String.join("; ", source.authors()), source.year(), source.title(), source.url());
  }

  /** The kind's own fields, in words; they describe the data and decide nothing. */
  private List<Fact> facts(Concept concept) {
    List<Fact> facts = new ArrayList<>();
    switch (concept.kind()) {
      case CHALLENGE -> facts.add(fact("Kind of challenge", Words.of(((Challenge) concept).family())));
      case REBUILDING_STRATEGY -> strategyFacts((RebuildingStrategy) concept, facts);
      case REACTIVE_BEHAVIOR -> facts.add(fact("Effect", Words.of(((ReactiveBehavior) concept).valence())));
      case OUTCOME -> {
        if (((Outcome) concept).optional()) {
          facts.add(fact("Optional", "Some people reach this; no one has to"));
        }
      }
      case DEVELOPMENT_PRACTICE -> ((DevelopmentPractice) concept).consentNote()
          .ifPresent(n -> facts.add(fact("About consent", n)));
      default -> { }
    }
    return facts;
  }

  private void strategyFacts(RebuildingStrategy s, List<Fact> facts) {
    facts.add(fact("Who takes this step", Words.of(s.actor())));
    atlas.concept(s.phase()).ifPresent(phase -> facts.add(new Fact("Phase", phase.label(), Optional.of(ref(phase)))));
    if (s.conjoint()) {
      facts.add(fact("Together", "Both partners take part, in the same room"));
    }
    if (s.adjunct()) {
      facts.add(fact("Role", "Supports other help; not a treatment on its own"));
    }
  }

  private static Fact fact(String term, String value) {
    return new Fact(term, value, Optional.empty());
  }
}
