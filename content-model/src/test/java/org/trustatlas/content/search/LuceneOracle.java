package org.trustatlas.content.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.trustatlas.core.model.Atlas;

/**
 * The search's query as Lucene itself runs it over the Lucene index of an atlas: what {@link
 * IndexQuery} must rank and score exactly alike. Lucene's own classes, one clause per field and
 * term as search has always built them.
 */
final class LuceneOracle {

  private static final Map<String, Float> FIELDS =
      Map.of("label", 5f, "aliases", 4f, "summary", 1f, "sentences", 0.5f);

  private final IndexSearcher searcher;

  LuceneOracle(Atlas atlas) throws IOException {
    this.searcher = new IndexSearcher(DirectoryReader.open(SearchIndex.build(atlas)));
  }

  List<IndexQuery.Scored> top(List<String> terms, List<String> words, List<Boolean> fuzzy, int limit)
      throws IOException {
    List<IndexQuery.Scored> found = new ArrayList<>();
    for (ScoreDoc doc : searcher.search(query(terms, words, fuzzy), limit).scoreDocs) {
      found.add(new IndexQuery.Scored(doc.doc, doc.score));
    }
    return found;
  }

  private Query query(List<String> terms, List<String> words, List<Boolean> fuzzy) throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < terms.size(); i++) {
      String term = terms.get(i);
      List<Query> perField = new ArrayList<>();
      for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
        perField.add(new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue()));
      }
      if (fuzzy.get(i) && words.get(i).length() >= 4) {
        String word = words.get(i);
        int edits = word.length() >= 7 ? 2 : 1;
        perField.add(new BoostQuery(searcher.rewrite(new FuzzyQuery(new Term("words", word), edits, 1)), 2f));
      }
      all.add(new DisjunctionMaxQuery(perField, 0.1f), BooleanClause.Occur.SHOULD);
    }
    // A phrase of repeated terms is never asked for (IndexQuery's rule).
    if (terms.size() > 1 && new HashSet<>(terms).size() == terms.size()) {
      for (String field : List.of("label", "aliases")) {
        all.add(new BoostQuery(new PhraseQuery(1, field, terms.toArray(String[]::new)), 6f),
            BooleanClause.Occur.SHOULD);
      }
    }
    return all.build();
  }
}
