package org.trustatlas.content.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The one way Trust Atlas reads text from outside: files (regular files only, never a device, pipe
 * or socket), standard input and request bodies, each within {@link InputLimits}, then parsed by one
 * strict reader. The command line, the web server and any other front end call these, so they
 * refuse the same input in the same words.
 */
public final class StrictInput {

  /** A choice or question id is a short slug; anything longer is refused before core sees it. */
  public static final int MAX_ID_CHARS = 64;
  private static final int CHUNK = 8192;
  /** Links followed before a chain counts as endless, as Linux counts them. */
  private static final int MAX_LINK_HOPS = 40;

  private StrictInput() {}

  /**
   * What a JSON value is, in the words an error names it with when it is of the wrong kind: "an object",
   * "an array", "a string", "the number 5", "true", "false" or "null". The web API and MCP say it alike.
   */
  public static String kindOf(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isString()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "the number " + node;
    }
    if (node.isBoolean()) {
      return node.asBoolean() ? "true" : "false";
    }
    return "null";
  }

  /**
   * One JSON value, read strictly within {@link InputLimits#DOCUMENT}: no repeated key, nothing after
   * the value, no control characters in text.
   *
   * @throws InputException located, when it is not
   */
  public static JsonNode json(String name, String text) {
    return StrictTree.read(name, text, StrictTree.Syntax.JSON, InputLimits.DOCUMENT).root();
  }

  /**
   * A file someone named: it must be a regular file (a link to one is fine) of at most {@code
   * maxBytes} bytes of UTF-8 text. Its size is checked before a byte is read.
   *
   * @param name what to call it in problems, such as the path as given
   * @throws InputException when it is missing, unreadable, not a regular file, too large or not text
   */
  public static String readFile(Path file, String name, long maxBytes) {
    BasicFileAttributes attributes = attributes(file, name);
    if (attributes.isDirectory()) {
      throw InputException.unreadable(name, "is a folder, not a file");
    }
    if (!attributes.isRegularFile()) {
      throw InputException.unreadable(name, "is not a regular file (a device, pipe or socket); give a file");
    }
    if (attributes.size() > maxBytes) {
      throw InputException.tooLarge(name, 0, 0, "", "is " + attributes.size() + " bytes; at most " + maxBytes
          + " are read");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readStream(in, name, maxBytes);
    } catch (IOException unreadable) {
      throw InputException.unreadable(name, "cannot be read");
    }
  }

  /**
   * A file of the folder {@code root}, as packs read theirs: as {@link #readFile}, and a link is
   * followed only to a file inside {@code root}.
   */
  public static String readFileWithin(Path root, Path file, String name, long maxBytes) {
    attributes(file, name);
    try {
      if (!file.toRealPath().startsWith(root.toRealPath())) {
        throw InputException.unreadable(name, "is a link to a file outside the folder; only the folder's own files "
            + "are read");
      }
    } catch (IOException broken) {
      throw InputException.unreadable(name, "is a link that leads nowhere");
    }
    return readFile(file, name, maxBytes);
  }

  /** The size of a file that {@link #readFileWithin} would read, without reading it; 0 when it is none. */
  public static long size(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return attributes.isRegularFile() ? attributes.size() : 0;
    } catch (IOException unreadable) {
      return 0;
    }
  }

  /**
   * At most {@code maxBytes} of UTF-8 text from {@code in} (standard input, a pipe): one byte more
   * and reading stops with a refusal, so an endless stream such as {@code /dev/zero} costs nothing.
   */
  public static String readStream(InputStream in, String name, long maxBytes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] chunk = new byte[CHUNK];
    try {
      for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
        if (bytes.size() + (long) read > maxBytes) {
          throw InputException.tooLarge(name, 0, 0, "", "is more than " + maxBytes + " bytes; at most " + maxBytes
              + " are read");
        }
        bytes.write(chunk, 0, read);
      }
    } catch (IOException unreadable) {
      throw InputException.unreadable(name, "cannot be read");
    }
    return decode(bytes.toByteArray(), name);
  }

  private static String decode(byte[] bytes, String name) {
    String text = text(bytes, StandardCharsets.UTF_8)
        .orElseThrow(() -> InputException.unreadable(name, "is not UTF-8 text"));
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * {@code bytes} as text in {@code charset}, or empty when they are not text in it (invalid or
   * overlong UTF-8, a lone surrogate): never read with replacement characters, which would then be
   * searched and echoed as if sent. The one strict decoder, for files, request bodies, query values
   * and protocol messages alike; each caller words its own refusal.
   */
  public static Optional<String> text(byte[] bytes, Charset charset) {
    try {
      return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException notText) {
      return Optional.empty();
    }
  }

  private static BasicFileAttributes attributes(Path file, String name) {
    try {
      Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException missing) {
      throw InputException.unreadable(name, Files.isSymbolicLink(file) ? "is a link that leads nowhere"
          : "does not exist");
    } catch (AccessDeniedException denied) {
      throw InputException.unreadable(name, "cannot be read: permission denied");
    } catch (IOException unreadable) {
      throw InputException.unreadable(name, linksInALoop(file) ? "is a link that leads round in a loop of links "
          + "back to itself; point it at a file" : "cannot be read");
    }
  }

  /**
   * Whether following {@code file}'s links comes back to one already passed (or never ends): the one
   * test every front end uses to say "a link that leads round in a loop", for a file or a pack folder.
   */
  public static boolean linksInALoop(Path file) {
    Set<Path> passed = new HashSet<>();
    Path at = file.toAbsolutePath().normalize();
    try {
      for (int hops = 0; hops < MAX_LINK_HOPS; hops++) {
        if (!Files.isSymbolicLink(at)) {
          return false;
        }
        if (!passed.add(at)) {
          return true;
        }
        Path parent = at.getParent();
        Path target = Files.readSymbolicLink(at);
        at = (parent == null ? target : parent.resolve(target)).toAbsolutePath().normalize();
      }
    } catch (IOException | UnsupportedOperationException unreadable) {
      return false;
    }
    return true;
  }

  /**
   * Check-in answers: a JSON object of question id to a choice id or a non-empty list of choice ids,
   * such as {@code {"danger-now": "no", "what-happened": ["cheating", "lies"]}}, as a whole text (a
   * file, standard input).
   */
  public static Map<String, List<String>> answers(String name, String text) {
    return answers(name, json(name, text), "");
  }

  /**
   * Check-in answers already read as part of a larger document, at {@code pointer} in it. Only the form
   * is checked here; whether the ids exist is core's to say.
   */
  public static Map<String, List<String>> answers(String name, JsonNode value, String pointer) {
    if (value == null || !value.isObject()) {
      throw InputException.malformed(name, 0, 0, pointer, "must be a JSON object of question id to choice id, such "
          + "as {\"danger-now\": \"no\"}");
    }
    Map<String, List<String>> answers = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      String at = pointer + "/" + entry.getKey();
      answers.put(id(name, entry.getKey(), at), choices(name, entry.getKey(), entry.getValue(), at));
    }
    return answers;
  }

  private static List<String> choices(String name, String question, JsonNode value, String at) {
    if (value.isString()) {
      return List.of(id(name, value.asString(), at));
    }
    if (value.isArray() && !value.isEmpty()) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < value.size(); i++) {
        JsonNode item = value.get(i);
        if (!item.isString()) {
          throw wrongShape(name, question, at + "/" + i);
        }
        ids.add(id(name, item.asString(), at + "/" + i));
      }
      return List.copyOf(ids);
    }
    throw wrongShape(name, question, at);
  }

  private static String id(String name, String id, String at) {
    if (id.length() > MAX_ID_CHARS) {
      throw InputException.malformed(name, 0, 0, at, "has an id of " + id.length() + " characters, " + Quote.of(id)
          + "; ids are at most " + MAX_ID_CHARS + " (see 'checkin --questions')");
    }
    return id;
  }

  private static InputException wrongShape(String name, String question, String at) {
    return InputException.malformed(name, 0, 0, at, "gives " + Quote.of(question) + " something other than a choice "
        + "id or a non-empty list of choice ids, such as \"not-sure\" or [\"cheating\", \"lies\"]");
  }
}
