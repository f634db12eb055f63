package org.trustatlas.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustatlas.cli.output.Printer;
import org.trustatlas.cli.output.Style;
import org.trustatlas.cli.output.Table;
import org.trustatlas.core.model.Article;
import org.trustatlas.core.model.Citations;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.Link;
import org.trustatlas.core.model.SentenceRef;
import org.trustatlas.core.model.SourceRef;

/**
 * A concept as a reader wants it: what it is, what builds, undermines, restores it and what it
 * leads to (one heading per phrase, in relation order), the article sentences it rests on, quoted,
 * and the sources.
 */
final class ConceptPage {

  private final Printer printer;
  private final Style style;

  ConceptPage(Printer printer) {
    this.printer = printer;
    this.style = printer.style();
  }

  void print(Concept concept, List<String> cautions, List<Link> links, Article article) {
    printer.heading(concept.label());
    printer.wrapped(ConceptFacts.of(concept), 2);
    if (!concept.aliases().isEmpty()) {
      printer.wrapped("also: " + String.join(", ", concept.aliases()), 2);
    }
    printer.blank();
    printer.wrapped(concept.summary(), 2);
    if (!ConceptFacts.note(concept).isEmpty()) {
      printer.wrapped("Consent: " + ConceptFacts.note(concept), 2);
    }
    for (String caution : cautions) {
      printer.wrapped("Safety: " + caution, 2);
    }
    links(links);
    sentences(concept.citations(), article);
    sources(Citations.sourcesOf(concept.citations(), links.stream().map(l -> l.relation().citations()).toList()));
  }

  private void links(List<Link> links) {
    Map<String, Table> groups = new LinkedHashMap<>();
    for (Link link : links) {
      groups.computeIfAbsent(link.phrase(), phrase -> Table.styled(style::accent))
          .row(link.other().id().value(), labelled(link));
    }
    groups.forEach((phrase, table) -> {
      printer.blank();
      printer.heading(capitalised(phrase));
      printer.table(table, 2);
    });
  }

  private void sentences(Citations citations, Article article) {
    if (citations.sentences().isEmpty()) {
      return;
    }
    printer.blank();
    printer.heading("Rests on");
    Table table = Table.styled(style::dim);
    for (SentenceRef ref : citations.sentences()) {
      article.sentence(ref).ifPresent(s -> table.row(ref.id(), "\"" + s.text() + "\""));
    }
    printer.table(table, 2);
  }

  private void sources(List<SourceRef> sources) {
    if (sources.isEmpty()) {
      return;
    }
    printer.blank();
    printer.heading("Sources");
    for (SourceRef source : sources) {
      printer.wrapped(source.shortCitation() + ". " + source.title() + "." + source.url().map(u -> " " + u).orElse(""), 2);
    }
  }

  /**
   * "Sexual trust (S03 S10)": the label and what the relation rests on, as one column that can
   * wrap, since ids and labels can both be long.
   */
  static String labelled(Link link) {
    return link.other().label() + " (" + cites(link.relation().citations()) + ")";
  }

  static String cites(Citations citations) {
    List<String> keys = new ArrayList<>();
    citations.sentences().forEach(s -> keys.add(s.id()));
    citations.sources().forEach(s -> keys.add(s.key()));
    return String.join(" ", keys);
  }

  private static String capitalised(String phrase) {
    return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
  }
}
