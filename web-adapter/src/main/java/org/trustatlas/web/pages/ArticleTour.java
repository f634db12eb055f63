package org.trustatlas.web.pages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.trustatlas.core.model.SentenceRef;
import org.trustatlas.web.pages.Views.HomeView;
import org.trustatlas.web.pages.Views.SentenceView;
import org.trustatlas.web.pages.Views.TourPart;

/**
 * The home page's walk-through: the article's four moves (DESIGN.md) and the question it closes
 * on, so every sentence appears. An editorial grouping for reading, not a rule; a pack without some sentence simply
 * shows fewer, and a part with none is left out.
 */
final class ArticleTour {

  private record Part(String anchor, String title, String blurb, String contentNote, List<String> sentences) {}

  private static final List<Part> PARTS = List.of(
      new Part("what-it-is", "What sexual trust is",
          "What the article means by sexual trust, and what it rests on.", null,
          List.of("S01", "S02")),
      new Part("what-undermines-it", "What undermines it",
          "The things that damage sexual trust, and how people tend to feel and react when it is broken.",
          "this part mentions infidelity, abuse, rape and assault. You can skip to the next part.",
          List.of("S03", "S10", "S11", "S12", "S13", "S14", "S15", "S23")),
      new Part("how-it-develops", "How it develops",
          "How partners build sexual trust over time.", null,
          List.of("S05", "S06", "S07", "S08", "S09", "S22")),
      new Part("how-to-rebuild-it", "How to rebuild it",
          "What the article suggests for rebuilding trust. Which steps fit depends on what happened and who "
              + "did it: where a partner is causing harm, safety comes before repair.", null,
          List.of("S13", "S16", "S17", "S18", "S19", "S20")),
      new Part("the-question", "The question it asks",
          "The article closes on a question: how does sexual trust change when a relationship is under strain?",
          null, List.of("S04", "S21")));

  private ArticleTour() {}

  static HomeView build(ConceptViews views) {
    List<TourPart> parts = new ArrayList<>();
    Set<String> shown = new HashSet<>();
    for (Part part : PARTS) {
      List<SentenceView> sentences = part.sentences().stream()
          .flatMap(id -> views.sentence(SentenceRef.of(id)).stream())
          .map(s -> shown.add(s.id()) ? s : s.withoutAnchor()).toList();
      if (!sentences.isEmpty()) {
        parts.add(new TourPart(part.anchor(), parts.size() + 1, part.title(), part.blurb(),
            Optional.ofNullable(part.contentNote()), sentences, Optional.empty()));
      }
    }
    return new HomeView(linkNext(parts));
  }

  private static List<TourPart> linkNext(List<TourPart> parts) {
    return Stream.iterate(0, i -> i < parts.size(), i -> i + 1).map(i -> {
      TourPart p = parts.get(i);
      Optional<TourPart.Next> next = i + 1 < parts.size()
          ? Optional.of(new TourPart.Next(parts.get(i + 1).anchor(), parts.get(i + 1).title())) : Optional.empty();
      return new TourPart(p.anchor(), p.number(), p.title(), p.blurb(), p.contentNote(), p.sentences(), next);
    }).toList();
  }
}
