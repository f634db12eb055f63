package org.trustatlas.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trustatlas.core.model.Article;
import org.trustatlas.core.model.Sentence;
import org.trustatlas.core.model.SentenceRef;

/** Maps {@code article.yaml} to the article, checking its sentence ids run S01, S02, ... in order. */
final class ArticleReader {

  private ArticleReader() {}

  static Optional<Article> read(YamlDocument doc, Problems problems) {
    return PackReader.map(doc, ArticleFile.class, problems).flatMap(file -> {
      List<Sentence> sentences = new ArrayList<>();
      boolean ok = true;
      for (int i = 0; i < file.sentences().size(); i++) {
        ArticleFile.Sentence s = file.sentences().get(i);
        String expected = String.format("S%02d", i + 1);
        if (!s.id().equals(expected)) {
          doc.report(problems, "/sentences/" + i + "/id",
              "sentence " + (i + 1) + " has id '" + s.id() + "'; ids run S01, S02, ... in order, so this is "
                  + expected);
          ok = false;
        } else {
          sentences.add(new Sentence(SentenceRef.of(s.id()), s.section(), s.text()));
        }
      }
      if (sentences.isEmpty() && ok) {
        doc.report(problems, "/sentences", "an article needs at least one sentence");
        return Optional.empty();
      }
      return ok ? Optional.of(Article.of(file.title(), sentences)) : Optional.empty();
    });
  }
}
