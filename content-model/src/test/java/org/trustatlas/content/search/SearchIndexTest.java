package org.trustatlas.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
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
  void theSnapshotsIndexHoldsTheTermsPostingsNormsAndStoredFieldsOfAFreshIndexOfTheYamlPack() throws IOException {
    Map<String, byte[]> shipped = PackSnapshot.searchIndex()
        .orElseThrow(() -> new AssertionError("the build wrote no index into the snapshot"));
    Atlas yaml = PackReader.read(bundledFolder()).atlas();
    try (DirectoryReader actual = DirectoryReader.open(SearchIndex.directory(shipped));
        DirectoryReader expected = DirectoryReader.open(SearchIndex.build(yaml))) {
      assertThat(actual.leaves()).hasSize(1);
      assertThat(expected.leaves()).hasSize(1);
      List<String> described = describe(expected.leaves().get(0).reader());
      assertThat(described).hasSizeGreaterThan(1000);
      assertThat(describe(actual.leaves().get(0).reader())).isEqualTo(described);
    }
  }

  @Test
  void theShippedIndexRefusesEveryWriteAndNamesAFileItLacks() throws IOException {
    org.apache.lucene.store.Directory shipped = SearchIndex.directory(PackSnapshot.searchIndex().orElseThrow());
    String first = shipped.listAll()[0];
    assertThat(shipped.fileLength(first)).isPositive();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> shipped.deleteFile(first))
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("read-only");
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> shipped.createOutput("extra", org.apache.lucene.store.IOContext.DEFAULT))
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> shipped.openInput("missing.cfs", org.apache.lucene.store.IOContext.DEFAULT))
        .isInstanceOf(java.io.FileNotFoundException.class).hasMessageContaining("'missing.cfs'");
    assertThat(shipped.fileLength(first)).as("nothing changed").isEqualTo(shipped.fileLength(shipped.listAll()[0]));
  }

  @Test
  void aSearchOfTheShippedIndexRanksLikeASearchOfAFreshIndex() {
    Atlas yaml = PackReader.read(bundledFolder()).atlas();
    ConceptSearch fresh = ConceptSearch.index(yaml);
    ConceptSearch shipped = ConceptSearch.open(yaml, PackSnapshot.searchIndex().orElseThrow());
    for (String query : List.of("my partner cheated", "he hits me", "rebuild trust", "counselling", "jelousy")) {
      assertThat(shipped.search(ConceptSearch.Request.of(query, 10))).extracting(h -> h.concept().id() + " " + h.score())
          .as(query).isEqualTo(fresh.search(ConceptSearch.Request.of(query, 10)).stream().map(h -> h.concept().id() + " " + h.score())
              .toList());
    }
  }

  /** Every field's options; per field, every term with its postings and positions, and the norms; every stored field. */
  private static List<String> describe(LeafReader reader) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("docs " + reader.maxDoc());
    for (FieldInfo field : reader.getFieldInfos()) {
      lines.add("field " + field.name + " " + field.getIndexOptions() + " norms " + field.hasNorms());
      Terms terms = reader.terms(field.name);
      if (terms != null) {
        TermsEnum each = terms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
          StringBuilder postings = new StringBuilder(field.name + ":" + term.utf8ToString() + " df " + each.docFreq());
          PostingsEnum docs = each.postings(null, PostingsEnum.POSITIONS);
          for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            postings.append(" d").append(doc).append('x').append(docs.freq()).append('@');
            for (int i = 0; i < docs.freq(); i++) {
              postings.append(docs.nextPosition()).append(',');
            }
          }
          lines.add(postings.toString());
        }
      }
      NumericDocValues norms = reader.getNormValues(field.name);
      if (norms != null) {
        for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
          lines.add("norm " + field.name + " d" + doc + " " + norms.longValue());
        }
      }
    }
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      for (var field : stored.document(doc).getFields()) {
        lines.add("stored d" + doc + " " + field.name() + " " + field.stringValue());
      }
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
