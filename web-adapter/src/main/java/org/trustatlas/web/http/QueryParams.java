package org.trustatlas.web.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.input.StrictInput;
import org.trustatlas.content.read.Vocabulary;

/**
 * Strict query parameters: an unknown name, a repeated name or a malformed value is a 400 problem
 * whose detail names the parameter and the value, so a typo never silently changes an answer.
 */
public final class QueryParams {

  private final Source source;
  private final Map<String, List<String>> values;

  private QueryParams(Source source, Map<String, List<String>> values) {
    this.source = source;
    this.values = values;
  }

  /** Reads the query, refusing any parameter not in {@code allowed}. */
  public static QueryParams of(Context ctx, String... allowed) {
    return read(Source.QUERY, ctx.queryString(), ctx.queryParamMap(), allowed);
  }

  /**
   * Reads a form a page posts ({@code application/x-www-form-urlencoded}) whose fields are each given
   * once, as strictly as a query: an unknown, repeated or malformed field, or one holding what is not
   * text, is a 400 that names it, never dropped or searched as replacement characters. Its
   * percent-encoded bytes are read as UTF-8, as the pages' forms send them; a form in another charset
   * is a 415 that names it.
   */
  public static QueryParams form(Context ctx, String... allowed) {
    BodyLimits.requireUtf8(ctx, BodyLimits.FORM);
    return read(Source.FORM, ctx.body(), ctx.formParamMap(), allowed);
  }

  /**
   * The fields of a page's form whose names and repetitions the page checks itself (a plan names
   * several challenges; the check-in's fields are its question ids): read as {@link #form} reads a
   * form, in UTF-8 only, refusing broken percent-encoding, bytes that are not UTF-8 and what is not
   * text (in a name or a value) with a 400 that names the field, never dropping it or keeping
   * replacement characters.
   */
  public static Map<String, List<String>> formFields(Context ctx) {
    BodyLimits.requireUtf8(ctx, BodyLimits.FORM);
    refuseMalformed(Source.FORM, ctx.body());
    Map<String, List<String>> fields = ctx.formParamMap();
    for (String name : new TreeSet<>(fields.keySet())) {
      String notText = Quote.notText(name);
      if (notText == null) {
        // a browser sends a textarea's line breaks as CR LF (HTML's form encoding): line breaks, not controls
        notText = fields.get(name).stream().map(value -> Quote.notText(value.replace("\r\n", "\n")))
            .filter(java.util.Objects::nonNull).findFirst().orElse(null);
      }
      if (notText != null) {
        throw Source.FORM.problem(name, Source.FORM.named(name) + " " + notText + ".").toException();
      }
    }
    return fields;
  }

  /** The fault of a page's form that names a field the page does not have: "The plan form has no field 'x'." */
  public static ProblemException noSuchField(String form, String name) {
    return Problems.invalidParameter(Quote.bare(name), "The " + form + " form has no field " + Quote.of(name) + ".")
        .toException();
  }

  private static QueryParams read(Source source, String encoded, Map<String, List<String>> values, String... allowed) {
    refuseMalformed(source, encoded);
    Set<String> known = Set.of(allowed);
    for (String name : new TreeSet<>(values.keySet())) {
      if (!known.contains(name)) {
        throw unknown(source, name, known).toException();
      }
      if (values.get(name).size() > 1) {
        throw source.problem(name, source.named(name) + " is given " + values.get(name).size() + " times; give it once.")
            .toException();
      }
      // as in a body: a terminal escape or a NUL is nothing a reader types, and would be echoed back
      String notText = Quote.notText(values.get(name).get(0));
      if (notText != null) {
        throw source.problem(name, source.named(name) + " " + notText + ".").toException();
      }
    }
    return new QueryParams(source, values);
  }

  /** Where the parameters came from, for the words and the problem that refuse one. */
  private enum Source {
    QUERY("Query parameter"),
    FORM("Form field");

    private final String noun;

    Source(String noun) {
      this.noun = noun;
    }

    String named(String name) {
      return noun + " " + Quote.of(name);
    }

    /** The same fault in a query or a form is the same problem, naming the parameter or field. */
    Problem problem(String name, String detail) {
      return Problems.invalidParameter(Quote.bare(name), detail);
    }
  }

  /**
   * Refuses a query whose percent-encoding is broken ({@code %zz}, a trailing {@code %}) or decodes
   * to bytes that are not UTF-8 (invalid, overlong, a lone surrogate): the parameter map would drop
   * such a parameter without a word, or hold replacement characters in place of what was sent.
   */
  private static void refuseMalformed(Source source, String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      for (String part : equals < 0 ? List.of(pair) : List.of(name, pair.substring(equals + 1))) {
        String problem = decodingProblem(part);
        if (problem != null) {
          throw source.problem(name, source.named(name) + " " + problem + ".").toException();
        }
      }
    }
  }

  /** Why {@code encoded} cannot be decoded, or null when it can. */
  private static String decodingProblem(String encoded) {
    if (encoded.indexOf('\uFFFD') >= 0) {
      // bytes sent unencoded that were no UTF-8 reach here as U+FFFD; a real one is sent encoded, as %EF%BF%BD
      return "holds bytes sent unencoded that are not UTF-8 text; percent-encode the text as UTF-8";
    }
    if (encoded.indexOf('%') < 0) {
      return null;   // characters sent unencoded were decoded from the request line as UTF-8 already
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c != '%') {
        // a character sent unencoded has already been decoded from the request line as UTF-8; its
        // bytes are kept, and what follows it is checked all the same ("\u00E9%zz" too is refused)
        int codePoint = encoded.codePointAt(i);
        bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(codePoint) - 1;
        continue;
      }
      if (i + 2 >= encoded.length() || Character.digit(encoded.charAt(i + 1), 16) < 0
          || Character.digit(encoded.charAt(i + 2), 16) < 0) {
        return "is not correctly percent-encoded: each % must be followed by two hexadecimal digits (write % itself as %25)";
      }
      bytes.write(Character.digit(encoded.charAt(i + 1), 16) * 16 + Character.digit(encoded.charAt(i + 2), 16));
      i += 2;
    }
    return StrictInput.text(bytes.toByteArray(), StandardCharsets.UTF_8).isPresent() ? null
        : "is percent-encoded, but the bytes are not UTF-8 text; encode the text as UTF-8";
  }

  private static Problem unknown(Source source, String name, Set<String> known) {
    String allowed = known.isEmpty() ? "this route takes no query parameters"
        : "allowed: " + String.join(", ", new TreeSet<>(known));
    String noun = source.noun.toLowerCase(Locale.ROOT);
    return source.problem(name, "Unknown " + noun + " " + Quote.of(name) + "; " + allowed + ".")
        .withSuggestions(new Vocabulary(noun, List.copyOf(known)).nearest(name));
  }

  /** The value, if present; an empty value counts as absent. */
  public Optional<String> optional(String name) {
    List<String> given = values.get(name);
    if (given == null || given.isEmpty() || given.get(0).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(given.get(0).strip());
  }

  public String required(String name) {
    return optional(name).orElseThrow(() -> source.problem(name, source.named(name) + " is required.").toException());
  }

  /** An enum spelled as its slug ({@code hurt-partner}); the detail lists every valid slug. */
  public <E extends Enum<E>> Optional<E> slug(String name, Class<E> type) {
    Vocabulary valid = Vocabulary.of(type, name);
    return optional(name).map(raw -> Vocabulary.parse(type, raw).orElseThrow(() -> source.problem(name,
        invalid(name, raw) + "; use one of: " + valid.listed() + ".").withSuggestions(valid.nearest(raw)).toException()));
  }

  public int intBetween(String name, int min, int max, int fallback) {
    Optional<String> raw = optional(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    OptionalInt value = wholeNumber(raw.get(), min, max);
    if (value.isPresent()) {
      return value.getAsInt();
    }
    throw source.problem(name, invalid(name, raw.get()) + "; use a whole number from " + min + " to " + max + ".")
        .toException();
  }

  /** "'x' is not a valid direction" of a query; a form's field is named, as its other problems name it. */
  private String invalid(String name, String raw) {
    String invalid = Quote.of(raw) + " is not a valid " + name;
    return source == Source.QUERY ? invalid : source.named(name) + ": " + invalid;
  }

  /**
   * A whole number from {@code min} to {@code max} written in ASCII digits alone, as the API
   * documents it, or empty. {@link Integer#parseInt} would also take a sign ("+1") and digits of any
   * script ("\u0663"), which would make a cache key or a log line say something other than what a
   * client sent.
   */
  public static OptionalInt wholeNumber(String text, int min, int max) {
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    // Past max it stops, so no length of digits overflows; leading zeros count for nothing.
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return OptionalInt.empty();
      }
      value = value * 10 + (c - '0');
      if (value > max) {
        return OptionalInt.empty();
      }
    }
    return value >= min ? OptionalInt.of((int) value) : OptionalInt.empty();
  }
}
