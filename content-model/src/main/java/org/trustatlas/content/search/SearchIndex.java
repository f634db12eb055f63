package org.trustatlas.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.Sentence;
import org.trustatlas.core.model.SentenceRef;

/**
 * Builds the search index of one atlas: one Lucene document per concept, so results rank concepts,
 * not files. Lucene analyses and indexes the concepts, and the index is read out into arrays ({@link
 * FlatIndex}) that search scores: the build writes the bundled pack's into its snapshot, so a reader's
 * first search reads arrays instead of indexing; a pack loaded from a folder is indexed in memory on
 * first search. What a query does with the fields is {@link ConceptSearch}'s business.
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

  /**
   * The index of {@code atlas} as bytes {@link ConceptSearch#open} reads: what the build writes into
   * the pack's snapshot, so that no reader waits for indexing or opens a Lucene index.
   */
  public static byte[] bytes(Atlas atlas) {
    return flat(atlas).bytes();
  }

  /** Every concept of {@code atlas} indexed by Lucene, then read out into arrays to search. */
  static FlatIndex flat(Atlas atlas) {
    return FlatIndex.of(build(atlas));
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
