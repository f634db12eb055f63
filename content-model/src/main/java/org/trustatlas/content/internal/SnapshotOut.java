package org.trustatlas.content.internal;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Writes the few shapes a snapshot part is made of: text, numbers, enum constants by name, dates,
 * optionals and lists. {@link SnapshotIn} reads each back with the method of the same name, so a
 * part's writer and reader read side by side, one call per field.
 */
public final class SnapshotOut {

  /** Writes one value of a part; a list or an optional calls it per element. */
  @FunctionalInterface
  public interface Writer<T> {
    void write(SnapshotOut out, T value) throws IOException;
  }

  private final DataOutputStream out;

  public SnapshotOut(OutputStream out) {
    this.out = new DataOutputStream(out);
  }

  public void text(String value) throws IOException {
    out.writeUTF(value);
  }

  public void texts(List<String> values) throws IOException {
    list(values, SnapshotOut::text);
  }

  public void optionalText(Optional<String> value) throws IOException {
    optional(value, SnapshotOut::text);
  }

  public void flag(boolean value) throws IOException {
    out.writeBoolean(value);
  }

  public void number(int value) throws IOException {
    out.writeInt(value);
  }

  public void longNumber(long value) throws IOException {
    out.writeLong(value);
  }

  /** Exactly, bit for bit: the snapshot must give the same simulation as the YAML pack. */
  public void decimal(double value) throws IOException {
    out.writeDouble(value);
  }

  public void date(LocalDate value) throws IOException {
    out.writeLong(value.toEpochDay());
  }

  /** An enum constant by name, so reordering constants never changes what a snapshot means. */
  public void constant(Enum<?> value) throws IOException {
    out.writeUTF(value.name());
  }

  public void constants(List<? extends Enum<?>> values) throws IOException {
    list(values, SnapshotOut::constant);
  }

  public void bytes(byte[] value) throws IOException {
    out.writeInt(value.length);
    out.write(value);
  }

  public <T> void list(List<? extends T> values, Writer<T> each) throws IOException {
    out.writeInt(values.size());
    for (T value : values) {
      each.write(this, value);
    }
  }

  public <T> void optional(Optional<? extends T> value, Writer<T> present) throws IOException {
    out.writeBoolean(value.isPresent());
    if (value.isPresent()) {
      present.write(this, value.get());
    }
  }

  /** Marks the end of a part; {@link SnapshotIn#end} checks it, so a reader that reads too little fails. */
  public void end(String part) throws IOException {
    out.writeUTF("end of " + part);
    out.flush();
  }
}
