package org.trustatlas.web.http;

import static org.trustatlas.content.input.StrictInput.kindOf;

import io.javalin.http.Context;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.input.InputException;
import org.trustatlas.content.input.StrictInput;
import org.trustatlas.content.read.Vocabulary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON request body, read strictly: one object, no repeated member, nothing after it, and only the
 * members the route names. Every mistake is a 400 problem whose detail says where and what, so a
 * client can fix it; the body itself is never logged.
 */
public final class JsonBody {

  /** What problems call the body. */
  static final String NAME = "request body";

  private final String text;
  private final ObjectNode root;

  private JsonBody(String text, ObjectNode root) {
    this.text = text;
    this.root = root;
  }

  /**
   * The body of {@code ctx}: 415 unless it is {@code application/json} in UTF-8 (RFC 8259 8.1: JSON
   * exchanged between systems is UTF-8; a body that names another charset is refused, naming it,
   * rather than read so that the header beside the bytes decides what they say), 400 unless it is one
   * JSON object.
   */
  public static JsonBody read(Context ctx) {
    BodyLimits.requireUtf8(ctx, BodyLimits.JSON);
    return parse(decode(ctx.bodyAsBytes(), StandardCharsets.UTF_8));
  }

  /**
   * The body as text, refusing bytes that are not in its charset (invalid or overlong UTF-8) rather
   * than reading them as replacement characters that would then be searched and echoed.
   */
  static String decode(byte[] body, Charset charset) {
    return StrictInput.text(body, charset).orElseThrow(() -> Problems.invalidBody("", "The request body is not "
        + (charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name()) + " text; send JSON encoded as UTF-8.")
        .toException());
  }

  /**
   * {@code text} read by content-model's one strict reader ({@link StrictInput}): a repeated member,
   * trailing text, a control character or a value over a limit is a 400 (a 413 for size) saying
   * where, in this server's words.
   */
  public static JsonBody parse(String text) {
    if (text == null || text.isBlank()) {
      throw Problems.invalidBody("", "The request body is empty; send one JSON object.").toException();
    }
    JsonNode node;
    try {
      node = StrictInput.json(NAME, text);
    } catch (InputException refused) {
      throw Problems.refusedInput(refused).toException();
    }
    if (!(node instanceof ObjectNode object)) {
      throw Problems.invalidBody("", "The request body must be a JSON object, not " + kindOf(node) + ".").toException();
    }
    return new JsonBody(text, object);
  }

  /** The body exactly as sent, for readers that report problems by line and column. */
  public String text() {
    return text;
  }

  public boolean has(String name) {
    return root.has(name);
  }

  /** The names of the body's members, as sent. */
  public Set<String> names() {
    return Set.copyOf(root.propertyNames());
  }

  /** Refuses any member not in {@code allowed}, naming it and the nearest allowed name. */
  public JsonBody allow(String... allowed) {
    Set<String> known = new TreeSet<>(List.of(allowed));
    for (String name : root.propertyNames()) {
      if (!known.contains(name)) {
        throw Problems.invalidBody("/" + name, "Unknown member " + Quote.of(name) + "; allowed: " + String.join(", ", known)
            + ".").withSuggestions(new Vocabulary("field", List.copyOf(known)).nearest(name)).toException();
      }
    }
    return this;
  }

  public Optional<String> string(String name) {
    JsonNode value = root.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isString()) {
      throw wrongType(name, "a string", value);
    }
    return Optional.of(value.asString());
  }

  public String requiredString(String name) {
    return string(name).orElseThrow(() -> Problems.invalidBody("/" + name, "Member '" + name + "' is required.")
        .toException());
  }

  /** A whole number from {@code min} to {@code max}, if the member is present. */
  public OptionalInt intBetween(String name, int min, int max) {
    JsonNode value = root.get(name);
    if (value == null || value.isNull()) {
      return OptionalInt.empty();
    }
    if (!value.isIntegralNumber()) {
      throw wrongType(name, "a whole number from " + min + " to " + max, value);
    }
    if (!value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
      throw Problems.invalidBody("/" + name, "Member '" + name + "' is " + value + "; it must be a whole number from "
          + min + " to " + max + ".").toException();
    }
    return OptionalInt.of(value.asInt());
  }

  public OptionalLong longValue(String name) {
    JsonNode value = root.get(name);
    if (value == null || value.isNull()) {
      return OptionalLong.empty();
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw wrongType(name, "a whole number", value);
    }
    return OptionalLong.of(value.asLong());
  }

  /** An array of strings; absent is empty. */
  public List<String> strings(String name) {
    JsonNode value = root.get(name);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw wrongType(name, "an array of strings", value);
    }
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (!item.isString()) {
        throw Problems.invalidBody("/" + name + "/" + i, "Item " + i + " of '" + name + "' must be a string, not "
            + kindOf(item) + ".").toException();
      }
      strings.add(item.asString());
    }
    return strings;
  }

  /** An object whose members are all strings, in the order sent; absent is empty. */
  public Map<String, String> stringMap(String name) {
    JsonNode value = root.get(name);
    if (value == null || value.isNull()) {
      return Map.of();
    }
    if (!value.isObject()) {
      throw wrongType(name, "an object of strings", value);
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (var member : value.properties()) {
      if (!member.getValue().isString()) {
        throw Problems.invalidBody("/" + name + "/" + member.getKey(), "Member " + Quote.of(member.getKey()) + " of '" + name
            + "' must be a string, not " + kindOf(member.getValue()) + ".").toException();
      }
      map.put(member.getKey(), member.getValue().asString());
    }
    return map;
  }

  /**
   * An object whose members are each a string or a non-empty array of strings, in the order sent, as
   * lists; absent is empty. Check-in answers take this shape: one choice, or several. Read by the same
   * code as {@code atlas checkin --answers}.
   */
  public Map<String, List<String>> stringListMap(String name) {
    JsonNode value = root.get(name);
    if (value == null || value.isNull()) {
      return Map.of();
    }
    try {
      return StrictInput.answers(NAME, value, "/" + name);
    } catch (InputException refused) {
      throw Problems.refusedInput(refused).toException();
    }
  }

  private static ProblemException wrongType(String name, String expected, JsonNode value) {
    return Problems.invalidBody("/" + name, "Member '" + name + "' must be " + expected + ", not " + kindOf(value) + ".")
        .toException();
  }
}
