package org.trustatlas.content.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * What searching needs of a Lucene index, read out of it once into plain arrays: per field its
 * statistics and norms, per term its documents, frequencies and (for names) positions. The build
 * writes it into the bundled pack's snapshot, so a reader's search opens no Lucene index and loads
 * none of Lucene's search classes; {@link ConceptSearch} scores it exactly as Lucene's BM25 scores the
 * index it came from. Immutable once made.
 */
final class FlatIndex {

  /** The fields, in the order they are written; names keep positions for phrase matching. */
  static final List<String> FIELDS = List.of("label", "aliases", "summary", "sentences", "words");

  private static final int FORMAT = 2;

  /** The concept id of each document. */
  final String[] ids;
  final Map<String, Field> fields;

  private FlatIndex(String[] ids, Map<String, Field> fields) {
    this.ids = ids;
    this.fields = fields;
  }

  /** One field: how many documents have it, its total length, each document's norm, its terms. */
  static final class Field {
    final int docCount;
    final long sumTotalTermFreq;
    /** Each document's encoded length; null where the field omits norms (every document counts 1). */
    final byte[] norms;
    final Map<String, Postings> terms;

    Field(int docCount, long sumTotalTermFreq, byte[] norms, Map<String, Postings> terms) {
      this.docCount = docCount;
      this.sumTotalTermFreq = sumTotalTermFreq;
      this.norms = norms;
      this.terms = terms;
    }

    long norm(int doc) {
      return norms == null ? 1L : norms[doc];
    }
  }

  /** One term's documents in order, how often it occurs in each and, for names, where. */
  static final class Postings {
    final int[] docs;
    final int[] freqs;
    /** Per document, the term's positions; null where the field keeps none for searching. */
    final int[][] positions;

    Postings(int[] docs, int[] freqs, int[][] positions) {
      this.docs = docs;
      this.freqs = freqs;
      this.positions = positions;
    }

    int docFreq() {
      return docs.length;
    }
  }

  /** Reads every field of the committed index in {@code directory}. */
  static FlatIndex of(Directory directory) {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      String[] ids = new String[reader.maxDoc()];
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          ids[leaf.docBase + doc] = stored.document(doc).get("id");
        }
      }
      Map<String, Field> fields = new LinkedHashMap<>();
      for (String name : FIELDS) {
        fields.put(name, field(reader, name, name.equals("label") || name.equals("aliases")));
      }
      return new FlatIndex(ids, fields);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read an in-memory index", e);
    }
  }

  // A size read back, which no part of the bytes can exceed: a corrupt one fails here, not in an allocation.
  private static int count(DataInputStream in, int most) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > most) {
      throw new IOException("a count of " + count + " in " + most + " bytes");
    }
    return count;
  }

  private static Field field(DirectoryReader reader, String name, boolean positions) throws IOException {
    int docCount = 0;
    long sumTotalTermFreq = 0;
    byte[] norms = null;
    Map<String, List<int[]>> postings = new LinkedHashMap<>();
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      Terms terms = leaf.terms(name);
      if (terms == null) {
        continue;
      }
      docCount += terms.getDocCount();
      sumTotalTermFreq += terms.getSumTotalTermFreq();
      NumericDocValues values = leaf.getNormValues(name);
      if (values != null) {
        norms = norms == null ? new byte[reader.maxDoc()] : norms;
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
          norms[context.docBase + doc] = (byte) values.longValue();
        }
      }
      TermsEnum each = terms.iterator();
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        List<int[]> entries = postings.computeIfAbsent(term.utf8ToString(), t -> new ArrayList<>());
        PostingsEnum enumerated = each.postings(null, positions ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
        for (int doc = enumerated.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = enumerated.nextDoc()) {
          int freq = enumerated.freq();
          int[] entry = new int[2 + (positions ? freq : 0)];
          entry[0] = context.docBase + doc;
          entry[1] = freq;
          for (int i = 0; positions && i < freq; i++) {
            entry[2 + i] = enumerated.nextPosition();
          }
          entries.add(entry);
        }
      }
    }
    Map<String, Postings> terms = new HashMap<>();
    postings.forEach((term, entries) -> terms.put(term, postings(entries, positions)));
    return new Field(docCount, sumTotalTermFreq, norms, terms);
  }

  private static Postings postings(List<int[]> entries, boolean positions) {
    int[] docs = new int[entries.size()];
    int[] freqs = new int[entries.size()];
    int[][] at = positions ? new int[entries.size()][] : null;
    for (int i = 0; i < docs.length; i++) {
      int[] entry = entries.get(i);
      docs[i] = entry[0];
      freqs[i] = entry[1];
      if (at != null) {
        at[i] = java.util.Arrays.copyOfRange(entry, 2, entry.length);
      }
    }
    return new Postings(docs, freqs, at);
  }

  /** The whole index as bytes {@link #read} takes back. */
  byte[] bytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeInt(ids.length);
      for (String id : ids) {
        out.writeUTF(id);
      }
      for (String name : FIELDS) {
        Field field = fields.get(name);
        out.writeInt(field.docCount);
        out.writeLong(field.sumTotalTermFreq);
        out.writeBoolean(field.norms != null);
        if (field.norms != null) {
          out.write(field.norms);
        }
        List<String> terms = new ArrayList<>(field.terms.keySet());
        terms.sort(null);
        out.writeInt(terms.size());
        for (String term : terms) {
          Postings postings = field.terms.get(term);
          out.writeUTF(term);
          out.writeBoolean(postings.positions != null);
          out.writeInt(postings.docs.length);
          for (int i = 0; i < postings.docs.length; i++) {
            out.writeInt(postings.docs[i]);
            out.writeInt(postings.freqs[i]);
            for (int j = 0; postings.positions != null && j < postings.freqs[i]; j++) {
              out.writeInt(postings.positions[i][j]);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to memory", e);
    }
    // The format, then a checksum of everything after it: a damaged index is refused, not misread.
    byte[] body = bytes.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(body, 4, body.length - 4);
    byte[] sealed = new byte[body.length + 8];
    System.arraycopy(body, 0, sealed, 0, 4);
    ByteBuffer.wrap(sealed).putLong(4, crc.getValue());
    System.arraycopy(body, 4, sealed, 12, body.length - 4);
    return sealed;
  }

  /**
   * The index {@link #bytes} wrote.
   *
   * @throws IllegalArgumentException when the bytes are cut short or were written by another format
   */
  static FlatIndex read(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int format = in.readInt();
      if (format != FORMAT) {
        throw new IllegalArgumentException("the search index is in format " + format + "; this build reads "
            + FORMAT + "; rebuild it");
      }
      CRC32 crc = new CRC32();
      crc.update(bytes, 12, bytes.length - 12);
      if (in.readLong() != crc.getValue()) {
        throw new IllegalArgumentException("the search index is damaged (its checksum does not match); rebuild it");
      }
      String[] ids = new String[count(in, bytes.length)];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = in.readUTF();
      }
      Map<String, Field> fields = new LinkedHashMap<>();
      for (String name : FIELDS) {
        int docCount = in.readInt();
        long sumTotalTermFreq = in.readLong();
        byte[] norms = null;
        if (in.readBoolean()) {
          norms = new byte[ids.length];
          in.readFully(norms);
        }
        int count = count(in, bytes.length);
        Map<String, Postings> terms = new HashMap<>(count * 2);
        for (int t = 0; t < count; t++) {
          String term = in.readUTF();
          boolean positions = in.readBoolean();
          int size = count(in, bytes.length);
          int[] docs = new int[size];
          int[] freqs = new int[size];
          int[][] at = positions ? new int[size][] : null;
          for (int i = 0; i < size; i++) {
            docs[i] = in.readInt();
            if (docs[i] < 0 || docs[i] >= ids.length || i > 0 && docs[i] <= docs[i - 1]) {
              throw new IOException("document " + docs[i] + " out of order or range");
            }
            freqs[i] = count(in, bytes.length);
            if (at != null) {
              at[i] = new int[freqs[i]];
              for (int j = 0; j < freqs[i]; j++) {
                at[i][j] = in.readInt();
              }
            }
          }
          terms.put(term, new Postings(docs, freqs, at));
        }
        fields.put(name, new Field(docCount, sumTotalTermFreq, norms, terms));
      }
      return new FlatIndex(ids, fields);
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException refused && refused.getMessage().startsWith("the search index")) {
        throw refused;
      }
      throw new IllegalArgumentException("the search index is cut short or not this build's; rebuild it", e);
    }
  }
}
