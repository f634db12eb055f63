package org.trustatlas.content.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what {@link SnapshotOut} wrote, with plain {@code java.io}: no parser, no reflection. Enum
 * constants are looked up by name in the array the caller passes ({@code Kind.values()}), which is
 * cheaper at start-up than {@code Enum.valueOf}.
 */
public final class SnapshotIn {

  /** Reads one value of a part; a list or an optional calls it per element. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(SnapshotIn in) throws IOException;
  }

  private final DataInputStream in;

  public SnapshotIn(InputStream in) {
    this.in = new DataInputStream(new BufferedInputStream(in, 16384));
  }

  public String text() throws IOException {
    return in.readUTF();
  }

  public List<String> texts() throws IOException {
    int size = in.readInt();
    List<String> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(in.readUTF());
    }
    return values;
  }

  public Optional<String> optionalText() throws IOException {
    return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
  }

  public boolean flag() throws IOException {
    return in.readBoolean();
  }

  public int number() throws IOException {
    return in.readInt();
  }

  public long longNumber() throws IOException {
    return in.readLong();
  }

  public double decimal() throws IOException {
    return in.readDouble();
  }

  public LocalDate date() throws IOException {
    return LocalDate.ofEpochDay(in.readLong());
  }

  public <E extends Enum<E>> E constant(E[] values) throws IOException {
    String name = in.readUTF();
    for (E value : values) {
      if (value.name().equals(name)) {
        return value;
      }
    }
    throw new IOException("the snapshot names " + name + ", which this build does not have; rebuild it");
  }

  public <E extends Enum<E>> List<E> constants(E[] values) throws IOException {
    int size = in.readInt();
    List<E> constants = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      constants.add(constant(values));
    }
    return constants;
  }

  public byte[] bytes() throws IOException {
    byte[] value = new byte[in.readInt()];
    in.readFully(value);
    return value;
  }

  /**
   * The size {@link SnapshotOut#list} wrote before a list's items; start-up paths read the items in a
   * plain loop, since each lambda's first call costs linking it.
   */
  public int count() throws IOException {
    return in.readInt();
  }

  public <T> List<T> list(Reader<T> each) throws IOException {
    int size = in.readInt();
    List<T> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(each.read(this));
    }
    return values;
  }

  public <T> Optional<T> optional(Reader<T> present) throws IOException {
    return in.readBoolean() ? Optional.of(present.read(this)) : Optional.empty();
  }

  /** Checks that the part was read exactly to its end marker. */
  public void end(String part) throws IOException {
    String marker = in.readUTF();
    if (!marker.equals("end of " + part)) {
      throw new IOException("the " + part + " snapshot does not match this build's reader; rebuild it");
    }
  }
}
