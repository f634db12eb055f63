package org.trustatlas.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.BytesRef;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.Sentence;
import org.trustatlas.core.model.SentenceRef;

/**
 * Builds the search index of one atlas: one Lucene document per concept, so results rank concepts,
 * not files. The build writes the bundled pack's index into its snapshot, so a reader's first search
 * opens it instead of building it; a pack loaded from a folder is indexed in memory on first search.
 * What a query does with the fields is {@link ConceptSearch}'s business.
 */
public final class SearchIndex {

  /**
   * Names (label, aliases) ignore length: a concept with many aliases must not rank below one with
   * few just because its alias field is longer.
   */
  private static final FieldType NAME = names();

  private SearchIndex() {}

  private static FieldType names() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  /** The files of the index of {@code atlas}, by name: what the build writes into the pack's snapshot. */
  public static Map<String, byte[]> files(Atlas atlas) {
    Directory index = build(atlas);
    Map<String, byte[]> files = new LinkedHashMap<>();
    try {
      for (String name : index.listAll()) {
        try (IndexInput in = index.openInput(name, IOContext.READONCE)) {
          byte[] bytes = new byte[Math.toIntExact(in.length())];
          in.readBytes(bytes, 0, bytes.length);
          files.put(name, bytes);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read an in-memory index", e);
    }
    return files;
  }

  /** An index made of {@link #files}, opened read-only where the files lie. */
  static Directory directory(Map<String, byte[]> files) {
    return new ShippedDirectory(files);
  }

  /** The concept of each document of {@code reader}, by document number, from the stored ids. */
  static Concept[] concepts(Atlas atlas, IndexReader reader) throws IOException {
    Concept[] concepts = new Concept[reader.maxDoc()];
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < concepts.length; doc++) {
      String id = stored.document(doc).get("id");
      concepts[doc] = atlas.concept(id).orElseThrow(
          () -> new IllegalStateException("the search index names concept '" + id + "', which the pack lacks"));
    }
    return concepts;
  }

  /** Every term of {@code field}. */
  static Set<String> terms(IndexReader reader, String field) throws IOException {
    Set<String> terms = new HashSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms all = leaf.reader().terms(field);
      if (all != null) {
        TermsEnum each = all.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
          terms.add(term.utf8ToString());
        }
      }
    }
    return Set.copyOf(terms);
  }

  /** A committed, single-segment index of every concept of {@code atlas}, in memory. */
  static Directory build(Atlas atlas) {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ReaderAnalyzer.perField()))) {
      for (Concept concept : atlas.concepts()) {
        writer.addDocument(document(atlas, concept));
      }
      writer.commit();
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index an in-memory atlas", e);
    }
  }

  private static Document document(Atlas atlas, Concept concept) {
    Document doc = new Document();
    doc.add(new StringField("id", concept.id().value(), Field.Store.YES));
    doc.add(new Field("label", concept.label(), NAME));
    doc.add(new Field("words", concept.label(), NAME));
    for (String alias : concept.aliases()) {
      doc.add(new Field("aliases", alias, NAME));
      doc.add(new Field("words", alias, NAME));
    }
    doc.add(new TextField("summary", concept.summary(), Field.Store.NO));
    for (SentenceRef ref : concept.citations().sentences()) {
      atlas.article().sentence(ref).map(Sentence::text)
          .ifPresent(text -> doc.add(new TextField("sentences", text, Field.Store.NO)));
    }
    doc.add(new StoredField("kind", concept.kind().slug()));
    return doc;
  }
}
