package org.trustatlas.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file all or nothing: the text goes to a temporary file beside the target, which is
 * renamed over the target only once it is complete and on disk. A full disk, a failed write or a
 * read-only folder leaves any previous file untouched and no temporary file behind.
 */
public final class AtomicFile {

  /** What a new file gets, as an editor would create it; a replaced file keeps its own. */
  private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

  /** Writes the content to a writer; may fail part of the way through. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private AtomicFile() {}

  public static void write(Path target, String text) throws IOException {
    write(target, out -> out.write(text));
  }

  /**
   * Writes {@code target}; a link is followed and the file it leads to replaced, so the link stays.
   * Anything else that is not a regular file (a device such as {@code /dev/full}, a pipe, a folder) is
   * refused before anything is written: renaming over it would replace the device itself.
   */
  public static void write(Path target, Content content) throws IOException {
    if (Files.isSymbolicLink(target)) {
      target = Files.exists(target) ? realFile(target) : firstWrite(target);
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new NotARegularFile(target);
    }
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      permissions(target, temp);
      move(temp, target);
    } catch (IOException | RuntimeException failed) {
      Files.deleteIfExists(temp);
      throw failed;
    }
  }

  /** Where a link that leads somewhere leads. */
  private static Path realFile(Path link) throws IOException {
    try {
      return link.toRealPath();
    } catch (IOException noFile) {
      throw new NotARegularFile(link); // /dev/stdout to a pipe leads to "pipe:[…]", not a path
    }
  }

  /**
   * A link to a file not written yet ({@code today.json -> exports/today.json}) leads to where the
   * file is to be, as a shell's {@code >} takes it; a link to another link that leads nowhere, or
   * into a folder that does not exist, is refused.
   */
  private static Path firstWrite(Path link) throws IOException {
    Path leadsTo = link.toAbsolutePath().resolveSibling(Files.readSymbolicLink(link));
    Path folder = leadsTo.getParent();
    if (Files.isSymbolicLink(leadsTo) || folder == null || !Files.isDirectory(folder)) {
      throw new NotARegularFile(link, "is a link that leads nowhere a file can be written");
    }
    return leadsTo;
  }

  /** The target exists and is a device, a pipe, a socket or a folder, or is a link that leads nowhere. */
  public static final class NotARegularFile extends IOException {
    private static final long serialVersionUID = 1L;

    private final String why;

    NotARegularFile(Path target) {
      this(target, "is not a regular file (a device, a pipe or a folder)");
    }

    NotARegularFile(Path target, String why) {
      super(target + " " + why);
      this.why = why;
    }

    /** What the target is, as a sentence's predicate: "is not a regular file (...)". */
    public String why() {
      return why;
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException notHere) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void permissions(Path target, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view != null) {
      view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
    }
  }
}
