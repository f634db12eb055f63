package org.trustatlas.content.input;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The one strict reader of YAML and JSON text: it walks the token stream once, building the tree and
 * noting where each value starts, and refuses, located, what a reviewed text must not hold: a key
 * given twice (the later would silently win), anchors, aliases and merge keys (hidden indirection),
 * control characters other than newline and tab, half a surrogate pair, tags and binary values,
 * non-finite numbers, a second document, and anything over its {@link InputLimits}. Jackson's own
 * stream constraints hold the lengths and the depth while the text streams; this walk holds the counts.
 */
public final class StrictTree {

  /** The syntax a text is read in; YAML 1.2 reads JSON too. */
  public enum Syntax { JSON, YAML }

  /** A read tree and, for every JSON pointer in it, the line and column where its value starts. */
  public record Result(JsonNode root, Map<String, int[]> locations) {}

  private static final int MAX_NUMBER_CHARS = 100;
  private static final Pattern YAML_MARK = Pattern.compile("\\bline (\\d{1,9}), column (\\d{1,9}):");
  static final int MAX_YAML_LINE = 64 * 1024;
  private static final Map<InputLimits, ObjectMapper> JSON_READERS = new ConcurrentHashMap<>();
  private static final Map<InputLimits, ObjectMapper> YAML_READERS = new ConcurrentHashMap<>();

  private final JsonParser parser;
  private final String text;
  /** {@link #charIndex}'s place: this many code points of {@link #text} are this many chars. */
  private long cursorCodePoints;
  private int cursorChars;
  private final String name;
  private final InputLimits limits;
  private final boolean yaml;
  private final boolean reviewed;
  private final Map<String, int[]> locations = new HashMap<>();
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  private StrictTree(JsonParser parser, String text, String name, InputLimits limits, boolean yaml, boolean reviewed) {
    this.parser = parser;
    this.text = text;
    this.name = name;
    this.limits = limits;
    this.yaml = yaml;
    this.reviewed = reviewed;
  }

  /**
   * Reads {@code text} as one document.
   *
   * @param name what to call the text in problems: a file name, "request body"
   * @throws InputException located, when the text is malformed or over a limit
   */
  public static Result read(String name, String text, Syntax syntax, InputLimits limits) {
    return read(name, text, syntax, limits, false);
  }

  /**
   * Reads {@code text} as one document that people review before others read it, a pack file: as
   * {@link #read(String, String, Syntax, InputLimits)}, and its text may hold no character that hides
   * from a reviewer ({@link Quote#hidden}). What readers send keeps those characters, which search
   * reads through.
   */
  public static Result readReviewed(String name, String text, Syntax syntax, InputLimits limits) {
    return read(name, text, syntax, limits, true);
  }

  private static Result read(String name, String text, Syntax syntax, InputLimits limits, boolean reviewed) {
    long bytes = Utf8.length(text, limits.maxBytes() + 1);
    if (bytes > limits.maxBytes()) {
      throw InputException.tooLarge(name, 0, 0, "", "is more than " + limits.maxBytes() + " bytes; at most "
          + limits.maxBytes() + " are read");
    }
    if (syntax == Syntax.YAML) {
      refuseLongLines(name, text);
    } else if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte-order mark, which RFC 8259 lets a reader ignore, as YAML's does
    }
    ObjectMapper mapper = syntax == Syntax.YAML
        ? YAML_READERS.computeIfAbsent(limits, StrictTree::yamlMapper)
        : JSON_READERS.computeIfAbsent(limits, StrictTree::jsonMapper);
    JsonParser parser = mapper.createParser(text);
    try (parser) {
      return new StrictTree(parser, text, name, limits, syntax == Syntax.YAML, reviewed).document();
    } catch (StreamConstraintsException overLimit) {
      int[] at = position(overLimit.getLocation(), parser);
      throw InputException.tooLarge(name, at[0], at[1], "", constraint(overLimit.getOriginalMessage(), limits));
    } catch (JacksonException malformed) {
      int[] at = syntax == Syntax.YAML ? yamlMark(malformed.getOriginalMessage(), position(malformed.getLocation(),
          parser)) : position(malformed.getLocation(), parser);
      throw InputException.malformed(name, at[0], at[1], "", syntax == Syntax.YAML
          ? yamlReason(malformed.getOriginalMessage())
          : "this is not valid JSON: " + Quote.reason(malformed.getOriginalMessage()));
    }
  }

  /**
   * Where the YAML parser found the problem: the last place its message marks (its first mark is where
   * what it was doing began), which is where the text goes wrong; Jackson's own location can be the end
   * of the line before.
   */
  private static int[] yamlMark(@Nullable String message, int[] otherwise) {
    Matcher mark = YAML_MARK.matcher(message == null ? "" : message);
    int[] at = otherwise;
    while (mark.find()) {
      at = new int[] {Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2))};
    }
    return at;
  }

  /**
   * The YAML parser's message opens with what it was doing ("while scanning for the next token") and
   * says what it found on a later line, between lines that quote the text; the two are joined, and a
   * tab that indents a line, the commonest slip, is named in plain words.
   */
  static String yamlReason(@Nullable String message) {
    String text = message == null ? "" : message;
    if (text.contains("\\t(TAB)") || text.contains("found character '\\t'")) {
      return "a tab indents this line; YAML indents with spaces only";
    }
    String[] lines = text.strip().split("\n");
    String reason = lines[0];
    if (reason.startsWith("while ")) {
      for (int i = 1; i < lines.length; i++) {
        String line = lines[i];
        if (!line.isBlank() && !line.startsWith(" ")) { // not " in reader, line 2, column 1:" nor the quoted text
          reason = reason + ": " + line.strip();
          break;
        }
      }
    }
    return "this is not valid YAML or JSON: " + Quote.reason(reason);
  }

  /**
   * The YAML scanner slows down more than linearly on one very long token (a comment or a scalar of a
   * megabyte takes seconds), so lines are bounded before it starts; JSON written on one line is fine
   * up to this length.
   */
  private static void refuseLongLines(String name, String text) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i == text.length() ? '\n' : text.charAt(i);
      // YAML ends a line at a line feed, a carriage return, or the two together, as its parser counts them
      if (c == '\n' || c == '\r') {
        if (i - start > MAX_YAML_LINE) {
          throw InputException.tooLarge(name, line, 1, "", "a line longer than " + MAX_YAML_LINE + " characters");
        }
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        start = i + 1;
      }
    }
  }

  private static ObjectMapper jsonMapper(InputLimits limits) {
    return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints(limits)).build()).build();
  }

  private static ObjectMapper yamlMapper(InputLimits limits) {
    LoadSettings settings = LoadSettings.builder()
        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
        .setAllowDuplicateKeys(true) // found by the walk, which can say where the first one is
        .setMaxAliasesForCollections(0)
        .setAllowRecursiveKeys(false)
        .setAllowNonScalarKeys(false)
        .build();
    return YAMLMapper.builder(YAMLFactory.builder().loadSettings(settings)
        .streamReadConstraints(constraints(limits)).build()).build();
  }

  private static StreamReadConstraints constraints(InputLimits limits) {
    return StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxBytes())
        .maxStringLength(limits.maxStringChars())
        .maxNameLength(limits.maxStringChars())
        .maxNestingDepth(limits.maxDepth() + 1) // the walk refuses one level sooner, where the bracket is
        .maxNumberLength(MAX_NUMBER_CHARS)
        .build();
  }

  private Result document() {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return new Result(MissingNode.getInstance(), locations);
    }
    JsonNode root = value(first, "", 0);
    if (parser.nextToken() != null) {
      int[] at = position();
      throw InputException.malformed(name, at[0], at[1], "", yaml
          ? "a second document starts here; give one document (no second '---')"
          : "more follows the JSON value; give one value");
    }
    return new Result(root, locations);
  }

  private JsonNode value(JsonToken token, String pointer, int depth) {
    int[] at = position();
    locations.putIfAbsent(pointer, at);
    refuseIndirection(at, pointer);
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth == limits.maxDepth()) {
      throw InputException.tooLarge(name, at[0], at[1], pointer, "lists and mappings nested more than "
          + limits.maxDepth() + " deep");
    }
    return switch (token) {
      case START_OBJECT -> object(pointer, depth + 1);
      case START_ARRAY -> array(pointer, depth + 1);
      case VALUE_STRING -> {
        JsonNode plain = plainCoreScalar();
        yield plain != null ? plain : nodes.stringNode(text(parser.getString(), at, pointer, "text"));
      }
      case VALUE_NUMBER_INT -> integer();
      case VALUE_NUMBER_FLOAT -> decimal(at, pointer);
      case VALUE_TRUE -> nodes.booleanNode(true);
      case VALUE_FALSE -> nodes.booleanNode(false);
      case VALUE_NULL -> nodes.nullNode();
      default -> throw InputException.malformed(name, at[0], at[1], pointer,
          "this value is not text, a number, true, false, a list or a mapping (binary and tagged values are not read)");
    };
  }

  private ObjectNode object(String pointer, int depth) {
    ObjectNode object = nodes.objectNode();
    Map<String, int[]> seen = new HashMap<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
      int[] at = position();
      String key = text(parser.currentName(), at, pointer, "a key");
      refuseHidden(key, at, pointer, "a key", true);
      String member = pointer + "/" + escape(key);
      if (yaml && key.equals("<<")) {
        throw InputException.malformed(name, at[0], at[1], member, "a merge key ('<<') copies another mapping in; "
            + "write the fields out instead");
      }
      int[] first = seen.putIfAbsent(key, at);
      if (first != null) {
        throw InputException.malformed(name, at[0], at[1], member, "duplicate key " + Quote.of(key) + ": it is also "
            + "at line " + first[0] + ", column " + first[1] + "; a key may appear once in a mapping (the later one "
            + "would silently replace the earlier)");
      }
      if (seen.size() > limits.maxItems()) {
        throw InputException.tooLarge(name, at[0], at[1], pointer, "a mapping with more than " + limits.maxItems()
            + " keys");
      }
      locations.putIfAbsent(member, at); // a member is shown at its key, as editors expect
      object.set(key, value(parser.nextToken(), member, depth));
    }
    return object;
  }

  private ArrayNode array(String pointer, int depth) {
    ArrayNode array = nodes.arrayNode();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      if (array.size() == limits.maxItems()) {
        int[] at = position();
        throw InputException.tooLarge(name, at[0], at[1], pointer, "a list with more than " + limits.maxItems()
            + " items");
      }
      array.add(value(token, pointer + "/" + array.size(), depth));
    }
    return array;
  }

  /**
   * Anchors and aliases are YAML's way to repeat a value by name; a reviewed text writes it out.
   * Jackson tells aliases apart but names the anchors of lists and mappings only, so an anchor is
   * found where the node starts in the text (after its tag, if any).
   */
  private void refuseIndirection(int[] at, String pointer) {
    if (!(parser instanceof YAMLParser yamlParser)) {
      return;
    }
    if (yamlParser.isCurrentAlias()) {
      throw InputException.malformed(name, at[0], at[1], pointer, "an alias (*" + Quote.bare(parser.getString())
          + ") repeats a value written elsewhere; write the value out instead");
    }
    String tag = yamlParser.getRawTag();
    if (tag != null) {
      String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
      throw InputException.malformed(name, at[0], at[1], pointer, "a tag (" + Quote.bare(shown) + ") asks for a "
          + "type of its own; write the plain value without it");
    }
    String anchor = anchorAt(parser.currentTokenLocation().getCharOffset());
    if (anchor != null) {
      throw InputException.malformed(name, at[0], at[1], pointer, "an anchor (&" + Quote.bare(anchor)
          + ") names a value to repeat elsewhere; write each value out instead");
    }
  }

  /**
   * YAML 1.2's core schema writes null as {@code ~}, {@code null}, {@code Null}, {@code NULL} or
   * nothing, and a boolean as {@code true}, {@code True}, {@code TRUE} (and {@code false} alike); the
   * YAML parser reads only nothing, {@code null} and the lower-case booleans so, and the others as
   * text: {@code label: ~} was the label "~", and {@code multiple: False} was refused as text. Written
   * unquoted, each is what YAML 1.2 says; quoted ({@code '~'}, {@code "True"}), it stays text.
   */
  private @Nullable JsonNode plainCoreScalar() {
    if (!yaml) {
      return null;
    }
    String value = parser.getString();
    JsonNode core = switch (value) {
      case "~", "Null", "NULL" -> nodes.nullNode();
      case "True", "TRUE" -> nodes.booleanNode(true);
      case "False", "FALSE" -> nodes.booleanNode(false);
      default -> null;
    };
    if (core == null) {
      return null;
    }
    int at = charIndex(parser.currentTokenLocation().getCharOffset());
    return at >= 0 && at < text.length() && text.charAt(at) == value.charAt(0) ? core : null;
  }

  /**
   * Where in {@code text} the YAML parser's offset falls, or -1 when it gives none. The parser counts
   * code points, not Java chars, so after an emoji (two chars, one code point) the two part: "~" was
   * then looked for one char early. Its offsets grow as it reads, so a cursor walks the text once.
   */
  private int charIndex(long offset) {
    if (offset < 0) {
      return -1;
    }
    if (offset < cursorCodePoints) {
      cursorCodePoints = 0;
      cursorChars = 0;
    }
    while (cursorCodePoints < offset && cursorChars < text.length()) {
      cursorChars += Character.charCount(text.codePointAt(cursorChars));
      cursorCodePoints++;
    }
    return cursorChars;
  }

  private @Nullable String anchorAt(long offset) {
    int i = Math.min(Math.max(charIndex(offset), 0), text.length());
    if (i < text.length() && text.charAt(i) == '!') {
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
    }
    if (i >= text.length() || text.charAt(i) != '&') {
      return null;
    }
    int end = i + 1;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && ",[]{}".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(i + 1, end);
  }

  private String text(String value, int[] at, String pointer, String what) {
    String notText = Quote.notText(value);
    if (notText != null) {
      throw InputException.malformed(name, at[0], at[1], pointer, what + " " + notText);
    }
    return refuseHidden(value, at, pointer, what, false);
  }

  private String refuseHidden(String value, int[] at, String pointer, String what, boolean key) {
    String hidden = reviewed ? Quote.hidden(value, key) : null;
    if (hidden != null) {
      throw InputException.malformed(name, at[0], at[1], pointer, what + " " + hidden);
    }
    return value;
  }

  private JsonNode integer() {
    return switch (parser.getNumberType()) {
      case INT -> nodes.numberNode(parser.getIntValue());
      case LONG -> nodes.numberNode(parser.getLongValue());
      default -> nodes.numberNode(parser.getBigIntegerValue());
    };
  }

  private JsonNode decimal(int[] at, String pointer) {
    double value = parser.getDoubleValue();
    if (!Double.isFinite(value)) {
      throw InputException.malformed(name, at[0], at[1], pointer, "a number too large to use (or not a number)");
    }
    return nodes.numberNode(value);
  }

  private int[] position() {
    return position(parser.currentTokenLocation());
  }

  private static int[] position(TokenStreamLocation at, JsonParser parser) {
    return position(at != null && at.getLineNr() > 0 ? at : parser.currentLocation());
  }

  private static int[] position(TokenStreamLocation at) {
    return at == null ? new int[] {0, 0} : new int[] {Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr())};
  }

  /** RFC 6901: '~' and '/' in a key are escaped in a pointer. */
  private static String escape(String key) {
    return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
  }

  /** Jackson names its own classes in these messages; say which limit it was in our words. */
  private static String constraint(String message, InputLimits limits) {
    String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (text.contains("nesting")) {
      return "lists and mappings nested more than " + limits.maxDepth() + " deep";
    }
    if (text.contains("number")) {
      return "a number longer than " + MAX_NUMBER_CHARS + " characters";
    }
    if (text.contains("name")) {
      return "a key longer than " + limits.maxStringChars() + " characters";
    }
    if (text.contains("string") || text.contains("text")) {
      return "a text value longer than " + limits.maxStringChars() + " characters";
    }
    return "more than " + limits.maxBytes() + " bytes; at most " + limits.maxBytes() + " are read";
  }

  /** UTF-8 byte counts without encoding the text. */
  static final class Utf8 {
    private Utf8() {}

    /**
     * The UTF-8 length of {@code text} when it is {@code stopAt} or more; a smaller number otherwise
     * (then the exact count does not matter, and a short text is not counted at all).
     */
    static long length(String text, long stopAt) {
      if ((long) text.length() * 3 < stopAt) {
        return text.length();
      }
      long bytes = 0;
      for (int i = 0; i < text.length() && bytes < stopAt; i++) {
        char c = text.charAt(i);
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
      }
      return bytes;
    }
  }
}
