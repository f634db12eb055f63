package org.trustatlas.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustatlas.core.model.Citations;
import org.trustatlas.core.model.SentenceRef;
import org.trustatlas.core.model.SourceRef;
import org.trustatlas.core.internal.Suggestions;

/** Turns the {@code sentences} and {@code sources} of a concept or relation into {@link Citations}. */
final class CitationReader {

  private final Map<String, SourceRef> bibliography;

  CitationReader(Map<String, SourceRef> bibliography) {
    this.bibliography = bibliography;
  }

  Optional<Citations> read(YamlDocument doc, String pointer, String what, List<String> sentenceIds,
      List<String> sourceKeys, Problems problems) {
    boolean ok = true;
    List<SentenceRef> sentences = new ArrayList<>();
    List<String> ids = sentenceIds == null ? List.of() : sentenceIds;
    for (int i = 0; i < ids.size(); i++) {
      if (ids.indexOf(ids.get(i)) < i) {
        doc.report(problems, pointer + "/sentences/" + i, "'" + ids.get(i) + "' is cited twice; cite each sentence once");
        ok = false;
      } else if (SentenceRef.isValid(ids.get(i))) {
        sentences.add(SentenceRef.of(ids.get(i)));
      } else {
        doc.report(problems, pointer + "/sentences/" + i,
            "'" + ids.get(i) + "' is not a sentence id; write S followed by two digits, such as S03");
        ok = false;
      }
    }
    List<SourceRef> sources = new ArrayList<>();
    List<String> keys = sourceKeys == null ? List.of() : sourceKeys;
    for (int i = 0; i < keys.size(); i++) {
      SourceRef source = bibliography.get(keys.get(i));
      if (keys.indexOf(keys.get(i)) < i) {
        doc.report(problems, pointer + "/sources/" + i, "'" + keys.get(i) + "' is cited twice; cite each source once");
        ok = false;
      } else if (source != null) {
        sources.add(source);
      } else {
        doc.report(problems, pointer + "/sources/" + i, "unknown source '" + keys.get(i)
            + "'; add it to the bibliography in pack.yaml" + Suggestions.hint(keys.get(i), bibliography.keySet()));
        ok = false;
      }
    }
    if (ids.isEmpty() && keys.isEmpty()) {
      doc.report(problems, pointer, what + " cites nothing; add at least one article sentence (sentences: [S03])"
          + " or one bibliography key (sources: [rempel-1985])");
      return Optional.empty();
    }
    return ok ? Optional.of(Citations.of(sentences, sources)) : Optional.empty();
  }
}
