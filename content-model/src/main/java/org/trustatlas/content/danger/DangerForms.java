package org.trustatlas.content.danger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.trustatlas.content.danger.DangerVocabulary.Compiled;
import org.trustatlas.content.danger.DangerVocabulary.Phrase;
import org.trustatlas.core.safety.AudienceTag;

/**
 * A vocabulary's phrases as matching needs them (every form's slots of stems, the spellings by their
 * words, every known word, and the phrases' and reader groups' {@link DangerVocabulary.Keys}),
 * written as bytes and read back without stemming a word or choosing a key: the build keeps them in
 * the bundled pack's snapshot, so no run pays for expanding hundreds of phrases. Each distinct word
 * and slot is written once and referred to by number, as most recur across phrases.
 */
final class DangerForms {

  private static final AudienceTag[] TAGS = AudienceTag.values();
  private static final int FORMAT = 4;

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
        out.writeUTF(word);
      }
      out.writeInt(tables.slots.size());
      for (List<String> slot : tables.slots) {
        words(out, tables, slot);
      }
      out.writeInt(compiled.respellings().byWords().size());
      for (Map.Entry<String, List<String>> spelling : compiled.respellings().byWords().entrySet()) {
        out.writeInt(tables.word(spelling.getKey()));
        words(out, tables, spelling.getValue());
      }
      out.writeInt(compiled.phrases().size());
      for (Phrase phrase : compiled.phrases()) {
        forms(out, tables, phrase.forms());
      }
      words(out, tables, words);
      out.writeInt(compiled.readers().size());
      for (Map.Entry<AudienceTag, List<List<Set<String>>>> group : compiled.readers().entrySet()) {
        out.writeInt(group.getKey().ordinal());
        forms(out, tables, group.getValue());
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
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int format = in.readInt();
      if (format != FORMAT) {
        throw refused("are in format " + format + ", and this build reads " + FORMAT);
      }
      if (in.readLong() != fingerprint) {
        throw refused("were made of another vocabulary");
      }
      String[] words = new String[count(in)];
      for (int i = 0; i < words.length; i++) {
        words[i] = in.readUTF();
      }
      List<Set<String>> slots = new ArrayList<>();
      for (int n = count(in); n > 0; n--) {
        slots.add(Set.copyOf(words(in, words)));
      }
      Map<String, List<String>> respellings = new LinkedHashMap<>();
      for (int n = count(in); n > 0; n--) {
        respellings.put(words[in.readInt()], words(in, words));
      }
      int count = count(in);
      int expected = 0;
      for (DangerCategory category : categories) {
        for (DangerVocabulary.Kind kind : DangerVocabulary.Kind.values()) {
          expected += kind.of(category).size();
        }
      }
      if (count != expected) {
        throw refused("hold " + count + " phrases; the categories have " + expected);
      }
      List<Phrase> phrases = new ArrayList<>(count);
      for (DangerCategory category : categories) {
        for (DangerVocabulary.Kind kind : DangerVocabulary.Kind.values()) {
          for (String text : kind.of(category)) {
            phrases.add(new Phrase(category, text, forms(in, slots), kind));
          }
        }
      }
      Set<String> known = Set.copyOf(words(in, words));
      Map<AudienceTag, List<List<Set<String>>>> readers = new EnumMap<>(AudienceTag.class);
      for (int n = count(in); n > 0; n--) {
        readers.put(TAGS[in.readInt()], forms(in, slots));
      }
      DangerVocabulary.Keys keys = keys(in, words, phrases.size());
      Map<AudienceTag, DangerVocabulary.Keys> readerKeys = new EnumMap<>(AudienceTag.class);
      for (Map.Entry<AudienceTag, List<List<Set<String>>>> group : readers.entrySet()) {
        readerKeys.put(group.getKey(), keys(in, words, group.getValue().size()));
      }
      if (in.available() != 0) {
        throw refused("go on for " + in.available() + " bytes past their end");
      }
      return new Compiled(Spellings.of(respellings), List.copyOf(phrases), known, keys, readers, readerKeys);
    } catch (IOException | IndexOutOfBoundsException | IllegalStateException e) {
      throw new IllegalArgumentException(
          "the danger vocabulary's expanded forms are cut short or inconsistent; rebuild with ./mvnw package", e);
    }
  }

  private static IllegalArgumentException refused(String why) {
    return new IllegalArgumentException("the danger vocabulary's expanded forms " + why + "; rebuild with ./mvnw package");
  }

  // A size read back, which the bytes left must be able to hold: a corrupt one fails here, not in an allocation.
  private static int count(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new IllegalStateException("a count of " + count + " with " + in.available() + " bytes left");
    }
    return count;
  }

  private static void words(DataOutputStream out, Tables tables, List<String> words) throws IOException {
    out.writeInt(words.size());
    for (String word : words) {
      out.writeInt(tables.word(word));
    }
  }

  private static List<String> words(DataInputStream in, String[] words) throws IOException {
    int size = count(in);
    List<String> read = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      read.add(words[in.readInt()]);
    }
    return List.copyOf(read);
  }

  private static void keys(DataOutputStream out, Tables tables, DangerVocabulary.Keys keys) throws IOException {
    keyed(out, tables, keys.first());
    keyed(out, tables, keys.second());
  }

  private static void keyed(DataOutputStream out, Tables tables, Map<String, BitSet> keys) throws IOException {
    out.writeInt(keys.size());
    for (Map.Entry<String, BitSet> key : new TreeMap<>(keys).entrySet()) {
      // The items' numbers, not the bits: most stems key a handful of the thousands of phrases.
      out.writeInt(tables.word(key.getKey()));
      BitSet items = key.getValue();
      out.writeInt(items.cardinality());
      for (int item = items.nextSetBit(0); item >= 0; item = items.nextSetBit(item + 1)) {
        out.writeInt(item);
      }
    }
  }

  // Keys of {@code size} items (phrases, or a reader group's forms).
  private static DangerVocabulary.Keys keys(DataInputStream in, String[] words, int size) throws IOException {
    return new DangerVocabulary.Keys(keyed(in, words, size), keyed(in, words, size));
  }

  private static Map<String, BitSet> keyed(DataInputStream in, String[] words, int size) throws IOException {
    Map<String, BitSet> keys = new HashMap<>();
    for (int n = count(in); n > 0; n--) {
      String stem = words[in.readInt()];
      BitSet items = new BitSet();
      for (int i = count(in); i > 0; i--) {
        items.set(Objects.checkIndex(in.readInt(), size));
      }
      keys.put(stem, items);
    }
    return keys;
  }

  private static void forms(DataOutputStream out, Tables tables, List<List<Set<String>>> forms) throws IOException {
    out.writeInt(forms.size());
    for (List<Set<String>> form : forms) {
      out.writeInt(form.size());
      for (Set<String> slot : form) {
        out.writeInt(tables.slot(slot));
      }
    }
  }

  private static List<List<Set<String>>> forms(DataInputStream in, List<Set<String>> slots) throws IOException {
    int size = count(in);
    List<List<Set<String>>> forms = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int length = count(in);
      List<Set<String>> form = new ArrayList<>(length);
      for (int j = 0; j < length; j++) {
        form.add(slots.get(in.readInt()));
      }
      forms.add(List.copyOf(form));
    }
    return List.copyOf(forms);
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
