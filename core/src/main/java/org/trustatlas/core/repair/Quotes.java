package org.trustatlas.core.repair;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Citations;
import org.trustatlas.core.model.SentenceRef;
import org.trustatlas.core.model.SourceRef;

/** The article sentences and sources behind a concept and the relations that placed it in a plan. */
final class Quotes {

  private final Atlas atlas;

  Quotes(Atlas atlas) {
    this.atlas = atlas;
  }

  List<Quote> sentences(List<Citations> citations) {
    // In article order, each once; loops rather than streams, as this runs for every step of a plan.
    Set<SentenceRef> refs = new TreeSet<>();
    for (Citations cited : citations) {
      refs.addAll(cited.sentences());
    }
    List<Quote> quotes = new ArrayList<>(refs.size());
    for (SentenceRef ref : refs) {
      atlas.article().sentence(ref).ifPresent(s -> quotes.add(new Quote(ref, s.text())));
    }
    return quotes;
  }

  List<SourceRef> sources(List<Citations> citations) {
    Set<SourceRef> sources = new LinkedHashSet<>();
    citations.forEach(c -> sources.addAll(c.sources()));
    return List.copyOf(sources);
  }
}
