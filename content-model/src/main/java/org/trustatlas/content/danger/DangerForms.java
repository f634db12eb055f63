package org.trustatlas.content.danger;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.trustatlas.content.danger.DangerVocabulary.Compiled;
import org.trustatlas.content.danger.DangerVocabulary.Phrase;
import org.trustatlas.core.safety.AudienceTag;

/**
 * A vocabulary's phrases as matching needs them (every form's slots of stems, the spellings by their
 * words, every known word, and the phrases' and reader groups' {@link DangerVocabulary.Keys}),
 * written as bytes and read back without stemming a word or choosing a key: the build keeps them in
 * the bundled pack's snapshot, so no run pays for expanding hundreds of phrases. Each distinct word
 * and slot is written once and referred to by number, as most recur across phrases.
 *
 * <p>Slots, phrases' forms and keys are read back lazily, each when matching first asks for it: a
 * text's words key a few dozen of the thousands of phrases, and reading them all was most of a cold
 * first search's matching (and, with the objects it made, the young collection such a search
 * paid). Each table is checked whole on read, so bytes cut short, too long or inconsistent in their
 * tables are still refused there.
 */
final class DangerForms {

  private static final AudienceTag[] TAGS = AudienceTag.values();
  private static final int FORMAT = 5;

  private DangerForms() {}

  static byte[] write(Compiled compiled, long fingerprint) {
    Tables tables = new Tables();
    compiled.respellings().byWords().forEach((written, meant) -> {
      tables.word(written);
      meant.forEach(tables::word);
    });
    compiled.phrases().forEach(phrase -> phrase.forms().forEach(tables::form));
    // Sets are written sorted: their own order changes from one JVM to the next, and the build's
    // snapshot must come out the same from the same sources.
    List<String> words = compiled.words().stream().sorted().toList();
    words.forEach(tables::word);
    compiled.readers().values().forEach(forms -> forms.forEach(tables::form));
    tables.keys(compiled.keys());
    compiled.readerKeys().values().forEach(tables::keys);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeLong(fingerprint);
      out.writeInt(tables.words.size());
      for (String word : tables.words) {
        byte[] utf8 = word.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
      }
      Rows slots = new Rows();
      for (List<String> slot : tables.slots) {
        slot.forEach(word -> slots.add(tables.word(word)));
        slots.end();
      }
      slots.write(out);
      out.writeInt(compiled.respellings().byWords().size());
      for (Map.Entry<String, List<String>> spelling : compiled.respellings().byWords().entrySet()) {
        out.writeInt(tables.word(spelling.getKey()));
        words(out, tables, spelling.getValue());
      }
      Rows phrases = new Rows();
      for (Phrase phrase : compiled.phrases()) {
        forms(phrases, tables, phrase.forms());
        phrases.end();
      }
      phrases.write(out);
      words(out, tables, words);
      out.writeInt(compiled.readers().size());
      for (Map.Entry<AudienceTag, List<List<Set<String>>>> group : compiled.readers().entrySet()) {
        out.writeInt(group.getKey().ordinal());
        Rows forms = new Rows();
        forms(forms, tables, group.getValue());
        forms.end();
        forms.write(out);
      }
      keys(out, tables, compiled.keys());
      for (AudienceTag tag : compiled.readers().keySet()) {
        keys(out, tables, compiled.readerKeys().get(tag));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to memory", e);
    }
    return bytes.toByteArray();
  }

  /**
   * The compiled vocabulary of {@code categories} from bytes {@link #write} made of it: phrases are
   * paired with the categories' phrases, exceptions and rule-outs in the order compiling lists them.
   *
   * @param fingerprint of the vocabulary the bytes must have been made of (its phrases, exceptions,
   *     spellings, groups and reader phrases)
   * @throws IllegalArgumentException when the bytes were made of another vocabulary or by another
   *     format, or are cut short, too long or inconsistent
   */
  static Compiled read(byte[] bytes, List<DangerCategory> categories, long fingerprint) {
    try {
      Reader in = new Reader(ByteBuffer.wrap(bytes));
      int format = in.buffer.getInt();
      if (format != FORMAT) {
        throw refused("are in format " + format + ", and this build reads " + FORMAT);
      }
      if (in.buffer.getLong() != fingerprint) {
        throw refused("were made of another vocabulary");
      }
      String[] words = new String[in.count()];
      for (int i = 0; i < words.length; i++) {
        byte[] utf8 = new byte[in.count()];
        in.buffer.get(utf8);
        words[i] = new String(utf8, StandardCharsets.UTF_8);
      }
      Slots slots = new Slots(in.table(words.length), words);
      Map<String, List<String>> respellings = new LinkedHashMap<>();
      for (int n = in.count(); n > 0; n--) {
        respellings.put(words[in.index(words.length)], in.words(words));
      }
      Table phraseForms = in.table(-1);
      List<Phrase> phrases = Phrases.of(categories, phraseForms, slots);
      Set<String> known = Set.copyOf(in.words(words));
      Map<AudienceTag, List<List<Set<String>>>> readers = new EnumMap<>(AudienceTag.class);
      for (int n = in.count(); n > 0; n--) {
        AudienceTag tag = TAGS[in.index(TAGS.length)];
        Table forms = in.table(-1);
        if (forms.rows() != 1) {
          throw new IllegalStateException("a reader group's forms in " + forms.rows() + " rows, not one");
        }
        readers.put(tag, slots.forms(forms, 0));
      }
      DangerVocabulary.Keys keys = in.keys(words, phrases.size());
      Map<AudienceTag, DangerVocabulary.Keys> readerKeys = new EnumMap<>(AudienceTag.class);
      for (Map.Entry<AudienceTag, List<List<Set<String>>>> group : readers.entrySet()) {
        readerKeys.put(group.getKey(), in.keys(words, group.getValue().size()));
      }
      if (in.buffer.hasRemaining()) {
        throw refused("go on for " + in.buffer.remaining() + " bytes past their end");
      }
      return new Compiled(Spellings.of(respellings), phrases, known, keys, readers, readerKeys);
    } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalStateException e) {
      throw inconsistent(e);
    }
  }

  private static IllegalArgumentException refused(String why) {
    return new IllegalArgumentException("the danger vocabulary's expanded forms " + why + "; rebuild with ./mvnw package");
  }

  private static IllegalArgumentException inconsistent(RuntimeException cause) {
    return new IllegalArgumentException(
        "the danger vocabulary's expanded forms are cut short or inconsistent; rebuild with ./mvnw package", cause);
  }

  private static void words(DataOutputStream out, Tables tables, List<String> words) throws IOException {
    out.writeInt(words.size());
    for (String word : words) {
      out.writeInt(tables.word(word));
    }
  }

  private static void keys(DataOutputStream out, Tables tables, DangerVocabulary.Keys keys) throws IOException {
    keyed(out, tables, keys.first());
    keyed(out, tables, keys.second());
  }

  // The stems (in String order, so the bytes come out the same each build), each one's items as its row
  // of a table, and a hash table of the stems by String.hashCode, which Java specifies: a run finds a
  // stem in it without building a map of thousands of stems first.
  private static void keyed(DataOutputStream out, Tables tables, Map<String, BitSet> keys) throws IOException {
    List<String> stems = new ArrayList<>(new TreeMap<>(keys).keySet());
    out.writeInt(stems.size());
    Rows items = new Rows();
    for (String stem : stems) {
      out.writeInt(tables.word(stem));
      // The items' numbers, not the bits: most stems key a handful of the thousands of phrases.
      keys.get(stem).stream().forEach(items::add);
      items.end();
    }
    items.write(out);
    int[] hashed = new int[Keyed.capacity(stems.size())];
    for (int i = 0; i < stems.size(); i++) {
      int slot = stems.get(i).hashCode() & (hashed.length - 1);
      while (hashed[slot] != 0) {
        slot = (slot + 1) & (hashed.length - 1);
      }
      hashed[slot] = i + 1;
    }
    out.writeInt(hashed.length);
    for (int entry : hashed) {
      out.writeInt(entry);
    }
  }

  // A list of forms as one row: how many forms, then each form's length and its slots' numbers.
  private static void forms(Rows row, Tables tables, List<List<Set<String>>> forms) {
    row.add(forms.size());
    for (List<Set<String>> form : forms) {
      row.add(form.size());
      form.forEach(slot -> row.add(tables.slot(slot)));
    }
  }

  /**
   * Rows of numbers as the build writes them: how many rows, where each ends, then every number, so
   * that a reader takes one row without reading those before it.
   */
  private static final class Rows {
    private final List<Integer> ends = new ArrayList<>();
    private final List<Integer> values = new ArrayList<>();

    void add(int value) {
      values.add(value);
    }

    void end() {
      ends.add(values.size());
    }

    void write(DataOutputStream out) throws IOException {
      out.writeInt(ends.size());
      for (int end : ends) {
        out.writeInt(end);
      }
      out.writeInt(values.size());
      for (int value : values) {
        out.writeInt(value);
      }
    }
  }

  /** {@link Rows} read back: every number, and where each row starts (the last start is the end). */
  private record Table(int[] starts, int[] numbers) {

    int rows() {
      return starts.length - 1;
    }

    int start(int row) {
      return starts[row];
    }

    int end(int row) {
      return starts[row + 1];
    }

    int at(int position) {
      return numbers[position];
    }
  }

  /** Reads sections of the bytes, checking every count and table against what is left. */
  private static final class Reader {
    final ByteBuffer buffer;

    Reader(ByteBuffer buffer) {
      this.buffer = buffer;
    }

    // A size read back, which the bytes left must be able to hold: a corrupt one fails here, not in an allocation.
    int count() {
      int count = buffer.getInt();
      if (count < 0 || count > buffer.remaining()) {
        throw new IllegalStateException("a count of " + count + " with " + buffer.remaining() + " bytes left");
      }
      return count;
    }

    int index(int size) {
      return Objects.checkIndex(buffer.getInt(), size);
    }

    int[] ints(int count) {
      return ints(new int[count], 0, count);
    }

    // Reads count numbers into ints from offset on, in bulk.
    private int[] ints(int[] ints, int offset, int count) {
      buffer.asIntBuffer().get(ints, offset, count);
      buffer.position(buffer.position() + 4 * count);
      return ints;
    }

    List<String> words(String[] words) {
      int size = count();
      List<String> read = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        read.add(words[index(words.length)]);
      }
      return List.copyOf(read);
    }

    /**
     * A table whose rows' ends rise from 0 to the count of its numbers; with {@code bound} 0 or more,
     * every number is also below it (a word's number; a slot's is checked when its phrase is read).
     */
    Table table(int bound) {
      int rows = count();
      // Where each row ends, read in after a first start of 0.
      int[] starts = ints(new int[rows + 1], 1, rows);
      int[] numbers = ints(count());
      for (int row = 0; row < rows; row++) {
        if (starts[row + 1] < starts[row] || starts[row + 1] > numbers.length) {
          throw new IllegalStateException("row " + row + " ends at " + starts[row + 1] + " of " + numbers.length);
        }
      }
      if (starts[rows] != numbers.length) {
        throw new IllegalStateException("the rows end at " + starts[rows] + " of " + numbers.length + " numbers");
      }
      for (int i = 0; bound >= 0 && i < numbers.length; i++) {
        Objects.checkIndex(numbers[i], bound);
      }
      return new Table(starts, numbers);
    }

    DangerVocabulary.Keys keys(String[] words, int items) {
      return new DangerVocabulary.Keys(keyed(words, items), keyed(words, items));
    }

    private Map<String, BitSet> keyed(String[] words, int items) {
      String[] stems = new String[count()];
      for (int i = 0; i < stems.length; i++) {
        stems[i] = words[index(words.length)];
      }
      Table table = table(items);
      if (table.rows() != stems.length) {
        throw new IllegalStateException(stems.length + " key stems with " + table.rows() + " rows of items");
      }
      int[] hashed = ints(count());
      if (hashed.length != Keyed.capacity(stems.length)) {
        throw new IllegalStateException("a hash table of " + hashed.length + " for " + stems.length + " stems");
      }
      // Each stem once, so every search ends at an empty slot (there are more slots than stems).
      BitSet held = new BitSet(stems.length);
      for (int entry : hashed) {
        if (entry != 0) {
          int stem = Objects.checkIndex(entry - 1, stems.length);
          if (held.get(stem)) {
            throw new IllegalStateException("stem " + stem + " twice in the hash table");
          }
          held.set(stem);
        }
      }
      if (held.cardinality() != stems.length) {
        throw new IllegalStateException("the hash table holds " + held.cardinality() + " of " + stems.length + " stems");
      }
      // And each is found where a search for it looks: a misplaced entry would be a danger silently missed.
      Keyed keyed = new Keyed(stems, table, hashed);
      for (int i = 0; i < stems.length; i++) {
        if (keyed.find(stems[i]) != i) {
          throw new IllegalStateException("key stem " + i + " is not found where the hash table should hold it");
        }
      }
      return keyed;
    }
  }

  /** Each slot of the vocabulary, read when a form first names it. */
  private static final class Slots {
    private final Table table;
    private final String[] words;
    private final AtomicReferenceArray<Set<String>> read;

    Slots(Table table, String[] words) {
      this.table = table;
      this.words = words;
      this.read = new AtomicReferenceArray<>(table.rows());
    }

    Set<String> slot(int number) {
      Set<String> slot = read.get(number);
      if (slot == null) {
        String[] stems = new String[table.end(number) - table.start(number)];
        for (int i = 0; i < stems.length; i++) {
          stems[i] = words[table.at(table.start(number) + i)];
        }
        slot = Set.copyOf(Arrays.asList(stems));
        read.set(number, slot);
      }
      return slot;
    }

    /** The forms written as row {@code row} of {@code forms} (see {@link #forms(Rows, Tables, List)}). */
    List<List<Set<String>>> forms(Table forms, int row) {
      int at = forms.start(row);
      @SuppressWarnings("unchecked")
      List<Set<String>>[] read = new List[within(forms, row, at++)];
      for (int f = 0; f < read.length; f++) {
        @SuppressWarnings("unchecked")
        Set<String>[] form = new Set[within(forms, row, at++)];
        for (int s = 0; s < form.length; s++) {
          form[s] = slot(Objects.checkIndex(forms.at(at++), table.rows()));
        }
        read[f] = List.of(form);
      }
      if (at != forms.end(row)) {
        throw new IllegalStateException("forms of row " + row + " end at " + at + ", not " + forms.end(row));
      }
      return List.of(read);
    }

    // A count read from a row, which the rest of the row must be able to hold: a corrupt one fails
    // here, not as a negative or enormous array.
    private static int within(Table forms, int row, int at) {
      int count = forms.at(at);
      if (count < 0 || count > forms.end(row) - at - 1) {
        throw new IllegalStateException("a count of " + count + " in row " + row + " with "
            + (forms.end(row) - at - 1) + " numbers left");
      }
      return count;
    }
  }

  /**
   * The phrases in the order compiling lists them, each read when matching first asks for it: a
   * phrase's category, text and kind come from the categories, its forms from its row.
   */
  private static final class Phrases extends AbstractList<Phrase> implements RandomAccess {
    private final DangerCategory[] categories;
    private final String[] texts;
    private final DangerVocabulary.Kind[] kinds;
    private final Table forms;
    private final Slots slots;
    private final AtomicReferenceArray<Phrase> read;

    private Phrases(int size, Table forms, Slots slots) {
      this.categories = new DangerCategory[size];
      this.texts = new String[size];
      this.kinds = new DangerVocabulary.Kind[size];
      this.forms = forms;
      this.slots = slots;
      this.read = new AtomicReferenceArray<>(size);
    }

    static Phrases of(List<DangerCategory> categories, Table forms, Slots slots) {
      Phrases phrases = new Phrases(forms.rows(), forms, slots);
      int p = 0;
      for (DangerCategory category : categories) {
        for (DangerVocabulary.Kind kind : DangerVocabulary.Kind.values()) {
          for (String text : kind.of(category)) {
            if (p == phrases.texts.length) {
              throw refused("hold " + forms.rows() + " phrases; the categories have more");
            }
            phrases.categories[p] = category;
            phrases.texts[p] = text;
            phrases.kinds[p++] = kind;
          }
        }
      }
      if (p != phrases.texts.length) {
        throw refused("hold " + forms.rows() + " phrases; the categories have " + p);
      }
      return phrases;
    }

    @Override
    public Phrase get(int index) {
      Phrase phrase = read.get(index);
      if (phrase == null) {
        try {
          phrase = new Phrase(categories[index], texts[index], slots.forms(forms, index), kinds[index]);
        } catch (IndexOutOfBoundsException | IllegalStateException e) {
          throw inconsistent(e);
        }
        read.set(index, phrase);
      }
      return phrase;
    }

    @Override
    public int size() {
      return texts.length;
    }
  }

  /**
   * Each key stem's items, read when a text first holds the stem. The stems are found through the
   * hash table the build wrote (open addressing, linear probing, each entry a stem's number plus one),
   * so no map of thousands of stems is built, and a search looks a stem up as fast as in a HashMap.
   */
  private static final class Keyed extends AbstractMap<String, BitSet> {
    private final String[] stems;
    private final Table items;
    private final int[] hashed;
    private final AtomicReferenceArray<BitSet> read;

    Keyed(String[] stems, Table items, int[] hashed) {
      this.stems = stems;
      this.items = items;
      this.hashed = hashed;
      this.read = new AtomicReferenceArray<>(stems.length);
    }

    /** Slots for {@code stems} stems: a power of two, at least twice as many, so probes stay short. */
    static int capacity(int stems) {
      return Integer.highestOneBit(Math.max(1, stems) * 2 - 1) << 1;
    }

    private int find(Object stem) {
      if (!(stem instanceof String wanted)) {
        return -1;
      }
      int mask = hashed.length - 1;
      for (int slot = wanted.hashCode() & mask; hashed[slot] != 0; slot = (slot + 1) & mask) {
        if (stems[hashed[slot] - 1].equals(wanted)) {
          return hashed[slot] - 1;
        }
      }
      return -1;
    }

    @Override
    public BitSet get(Object stem) {
      int at = find(stem);
      return at < 0 ? null : items(at);
    }

    @Override
    public boolean containsKey(Object stem) {
      return find(stem) >= 0;
    }

    @Override
    public int size() {
      return stems.length;
    }

    // Callers only read the sets: Keys ORs them into sets of its own.
    private BitSet items(int at) {
      BitSet keyed = read.get(at);
      if (keyed == null) {
        keyed = new BitSet();
        for (int i = items.start(at); i < items.end(at); i++) {
          keyed.set(items.at(i));
        }
        read.set(at, keyed);
      }
      return keyed;
    }

    @Override
    public Set<Map.Entry<String, BitSet>> entrySet() {
      Map<String, BitSet> all = new LinkedHashMap<>();
      for (int i = 0; i < stems.length; i++) {
        all.put(stems[i], items(i));
      }
      return Collections.unmodifiableMap(all).entrySet();
    }
  }

  /** Each distinct word and slot, numbered in the order first met. */
  private static final class Tables {
    final List<String> words = new ArrayList<>();
    final Map<String, Integer> wordNumbers = new HashMap<>();
    final List<List<String>> slots = new ArrayList<>();
    final Map<Set<String>, Integer> slotNumbers = new HashMap<>();

    int word(String word) {
      return wordNumbers.computeIfAbsent(word, w -> {
        words.add(w);
        return words.size() - 1;
      });
    }

    int slot(Set<String> slot) {
      return slotNumbers.computeIfAbsent(slot, s -> {
        List<String> ordered = s.stream().sorted().toList();
        ordered.forEach(this::word);
        slots.add(ordered);
        return slots.size() - 1;
      });
    }

    void form(List<Set<String>> form) {
      form.forEach(this::slot);
    }

    // Key stems are slot words, so this adds none in practice; it keeps the table whole regardless.
    void keys(DangerVocabulary.Keys keys) {
      new TreeMap<>(keys.first()).keySet().forEach(this::word);
      new TreeMap<>(keys.second()).keySet().forEach(this::word);
    }
  }
}
