package org.trustatlas.content.export;

import java.util.List;
import java.util.stream.Collectors;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Citations;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptKind;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.Link;
import org.trustatlas.core.model.Sentence;
import org.trustatlas.core.model.SourceRef;

/**
 * The atlas as one Markdown document to read end to end: the article sentence by sentence under
 * its headings, each with the concepts that cite it; then every concept by kind with its
 * relations and citations; then the sources. Concepts are anchored by id, so links work on any
 * renderer that keeps HTML anchors.
 */
final class MarkdownExport {

  private final Atlas atlas;
  private final StringBuilder out = new StringBuilder();

  MarkdownExport(Atlas atlas) {
    this.atlas = atlas;
  }

  String document() {
    line("# " + text(atlas.pack().title())).blank();
    if (!atlas.pack().description().isBlank()) {
      line(text(atlas.pack().description())).blank();
    }
    line("Pack `" + atlas.pack().id() + "` version " + atlas.pack().version() + " (" + atlas.pack().language()
        + "): " + atlas.size() + " concepts, " + atlas.relations().size() + " relations.").blank();
    line("- [The article](#the-article)").line("- [Concepts](#concepts)").line("- [Sources](#sources)").blank();
    article();
    concepts();
    sources();
    return out.toString().stripTrailing() + "\n";
  }

  private void article() {
    line("## The article").blank().line("*" + text(atlas.article().title()) + "*").blank();
    for (String section : atlas.article().sections()) {
      line("### " + text(section)).blank();
      for (Sentence sentence : atlas.article().section(section)) {
        line("> **" + sentence.ref().id() + "** " + text(sentence.text())).blank();
        List<Concept> citing = atlas.citing(sentence.ref()).concepts();
        if (!citing.isEmpty()) {
          line("Concepts: " + citing.stream().map(MarkdownExport::link).collect(Collectors.joining(", ")) + ".").blank();
        }
      }
    }
  }

  private void concepts() {
    line("## Concepts").blank();
    for (ConceptKind kind : ConceptKind.values()) {
      List<Concept> concepts = atlas.concepts(kind);
      if (concepts.isEmpty()) {
        continue;
      }
      line("### " + plural(kind)).blank();
      concepts.forEach(this::concept);
    }
  }

  private void concept(Concept concept) {
    line("#### <a id=\"" + concept.id() + "\"></a>" + text(concept.label())).blank();
    line("`" + concept.id() + "` · " + facts(concept)).blank();
    if (!concept.aliases().isEmpty()) {
      line("Also called: " + text(String.join(", ", concept.aliases())) + ".").blank();
    }
    line(text(concept.summary())).blank();
    List<Link> links = atlas.related(concept.id(), Direction.BOTH);
    for (Link link : links) {
      line("- " + link.phrase() + " " + link(link.other()) + cites(link.relation().citations()));
    }
    if (!links.isEmpty()) {
      blank();
    }
    line("Rests on: " + citationList(concept.citations()) + ".").blank();
  }

  private void sources() {
    line("## Sources").blank();
    for (SourceRef source : atlas.bibliography()) {
      line("- <a id=\"source-" + source.key() + "\"></a>" + text(String.join("; ", source.authors())) + " ("
          + source.year() + "). *" + text(source.title()) + "*." + source.url().map(u -> " <" + u + ">").orElse(""));
    }
  }

  /** The kind's own fields (family, actor, ...), read from the one JSON shape of a concept. */
  private static String facts(Concept concept) {
    StringBuilder facts = new StringBuilder(concept.kind().slug().replace('-', ' '));
    AtlasJson.concept(concept).properties().stream()
        .filter(f -> !List.of("id", "kind", "label", "aliases", "summary", "sentences", "sources").contains(f.getKey()))
        .forEach(f -> facts.append("; ").append(f.getKey()).append(": ").append(f.getValue().asString()));
    return text(facts.toString());
  }

  private static String cites(Citations citations) {
    return " (" + citationList(citations) + ")";
  }

  private static String citationList(Citations citations) {
    String sentences = citations.sentences().stream().map(s -> s.id()).collect(Collectors.joining(", "));
    String sources = citations.sources().stream().map(s -> "[" + text(s.shortCitation()) + "](#source-" + s.key() + ")")
        .collect(Collectors.joining(", "));
    return sentences.isEmpty() || sources.isEmpty() ? sentences + sources : sentences + "; " + sources;
  }

  private static String link(Concept concept) {
    return "[" + text(concept.label()) + "](#" + concept.id() + ")";
  }

  /** "rebuilding-strategy" is headed "Rebuilding strategies". */
  static String plural(ConceptKind kind) {
    String words = kind.slug().replace('-', ' ');
    String plural = words.endsWith("y") ? words.substring(0, words.length() - 1) + "ies" : words + "s";
    return Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
  }

  /** Escapes what Markdown would read as markup inside running text. */
  static String text(String raw) {
    return raw.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }

  private MarkdownExport line(String text) {
    out.append(text).append('\n');
    return this;
  }

  private MarkdownExport blank() {
    out.append('\n');
    return this;
  }
}
