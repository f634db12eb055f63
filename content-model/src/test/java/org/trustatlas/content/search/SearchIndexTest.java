package org.trustatlas.content.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.internal.PackReader;
import org.trustatlas.content.internal.PackSnapshot;
import org.trustatlas.core.model.Atlas;

/** The index the build ships is the index of the pack it ships, term for term. */
class SearchIndexTest {

  @Test
  void theSnapshotsIndexHoldsTheTermsPostingsNormsAndIdsOfAFreshLuceneIndexOfTheYamlPack() throws IOException {
    byte[] shipped = PackSnapshot.searchIndex()
        .orElseThrow(() -> new AssertionError("the build wrote no index into the snapshot"));
    Atlas yaml = PackReader.read(bundledFolder()).atlas();
    try (DirectoryReader expected = DirectoryReader.open(SearchIndex.build(yaml))) {
      assertThat(expected.leaves()).hasSize(1);
      List<String> described = describe(expected.leaves().get(0).reader());
      assertThat(described).hasSizeGreaterThan(1000);
      assertThat(describe(FlatIndex.read(shipped))).isEqualTo(described);
    }
    assertThat(shipped).isEqualTo(SearchIndex.bytes(yaml));
  }

  @Test
  void anIndexCutShortOrOfAnotherFormatIsRefusedWithAReason() {
    byte[] shipped = PackSnapshot.searchIndex().orElseThrow();
    Atlas atlas = PackReader.read(bundledFolder()).atlas();
    assertThatThrownBy(() -> ConceptSearch.open(() -> atlas, java.util.Arrays.copyOf(shipped, shipped.length / 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rebuild it");
    assertThatThrownBy(() -> ConceptSearch.open(() -> atlas, java.util.Arrays.copyOf(shipped, 6)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cut short");
    java.util.Random random = new java.util.Random(7);
    for (int n = 0; n < 200; n++) {
      byte[] flipped = shipped.clone();
      int at = 12 + random.nextInt(flipped.length - 12);
      flipped[at] ^= (byte) (1 << random.nextInt(8));
      assertThatThrownBy(() -> ConceptSearch.open(() -> atlas, flipped)).as("a bit flipped at %d", at)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("damaged");
    }
    byte[] other = shipped.clone();
    other[3] = 99;
    assertThatThrownBy(() -> ConceptSearch.open(() -> atlas, other))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format 99");
  }

  @Test
  void aSearchOfTheShippedIndexRanksLikeASearchOfAFreshIndex() {
    Atlas yaml = PackReader.read(bundledFolder()).atlas();
    ConceptSearch fresh = ConceptSearch.index(yaml);
    ConceptSearch shipped = ConceptSearch.open(() -> yaml, PackSnapshot.searchIndex().orElseThrow());
    for (String query : List.of("my partner cheated", "he hits me", "rebuild trust", "counselling", "jelousy")) {
      assertThat(shipped.search(ConceptSearch.Request.of(query, 10))).extracting(h -> h.concept().id() + " " + h.score())
          .as(query).isEqualTo(fresh.search(ConceptSearch.Request.of(query, 10)).stream().map(h -> h.concept().id() + " " + h.score())
              .toList());
    }
  }

  /** Per kept field: its statistics, every term with its postings (and positions, for names), the norms; the ids. */
  private static List<String> describe(LeafReader reader) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("docs " + reader.maxDoc());
    for (String field : FlatIndex.FIELDS) {
      boolean positions = field.equals("label") || field.equals("aliases");
      Terms terms = reader.terms(field);
      lines.add("field " + field + " docs " + terms.getDocCount() + " length " + terms.getSumTotalTermFreq());
      TermsEnum each = terms.iterator();
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        StringBuilder postings = new StringBuilder(field + ":" + term.utf8ToString() + " df " + each.docFreq());
        PostingsEnum docs = each.postings(null, positions ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          postings.append(" d").append(doc).append('x').append(docs.freq()).append('@');
          for (int i = 0; positions && i < docs.freq(); i++) {
            postings.append(docs.nextPosition()).append(',');
          }
        }
        lines.add(postings.toString());
      }
      NumericDocValues norms = reader.getNormValues(field);
      if (norms != null) {
        for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
          if (norms.longValue() != 0) {   // no length: the document has no words in the field
            lines.add("norm " + field + " d" + doc + " " + (byte) norms.longValue());
          }
        }
      }
    }
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      lines.add("id d" + doc + " " + stored.document(doc).get("id"));
    }
    return lines;
  }

  /** The same lines for a flat index. */
  private static List<String> describe(FlatIndex index) {
    List<String> lines = new ArrayList<>();
    lines.add("docs " + index.ids.length);
    for (String name : FlatIndex.FIELDS) {
      FlatIndex.Field field = index.fields.get(name);
      lines.add("field " + name + " docs " + field.docCount + " length " + field.sumTotalTermFreq);
      List<String> terms = new ArrayList<>(field.terms.keySet());
      terms.sort(null);
      for (String term : terms) {
        FlatIndex.Postings postings = field.terms.get(term);
        StringBuilder line = new StringBuilder(name + ":" + term + " df " + postings.docFreq());
        for (int i = 0; i < postings.docs.length; i++) {
          line.append(" d").append(postings.docs[i]).append('x').append(postings.freqs[i]).append('@');
          for (int j = 0; postings.positions != null && j < postings.freqs[i]; j++) {
            line.append(postings.positions[i][j]).append(',');
          }
        }
        lines.add(line.toString());
      }
      for (int doc = 0; field.norms != null && doc < field.norms.length; doc++) {
        if (field.norms[doc] != 0) {
          lines.add("norm " + name + " d" + doc + " " + field.norms[doc]);
        }
      }
    }
    for (int doc = 0; doc < index.ids.length; doc++) {
      lines.add("id d" + doc + " " + index.ids[doc]);
    }
    return lines;
  }

  private static Path bundledFolder() {
    try {
      return Path.of(SearchIndexTest.class.getResource("/org/trustatlas/content/bundled/pack.yaml").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
