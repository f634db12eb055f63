package org.trustatlas.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * One path of the HTTP server that {@code atlas serve} runs, answered by another front end (the Model
 * Context Protocol adapter answers {@code /mcp}). Framework-neutral: the web adapter mounts every
 * endpoint it finds with its own body limits, security headers and private request log, and neither
 * adapter depends on the other.
 */
public interface HttpEndpoint {

  /** Where the endpoint is mounted, such as {@code /mcp}. */
  String path();

  /**
   * Answers one request; never throws for anything a client sent. The web adapter mounts an endpoint
   * for POST and answers every other method itself, 405 with {@code Allow: POST}.
   */
  Response handle(Request request);

  /**
   * Whether an {@code Accept} header allows {@code type} (a media type in lower case, such as
   * {@code application/json}), as RFC 9110 reads it: an absent or blank header allows all; the type
   * takes the quality of the most specific range that covers it ({@code application/json} before
   * {@code application/*} before {@code *}{@code /*}, which older Java clients write as a bare
   * {@code *}), and quality 0 refuses it. A quality is read leniently ({@code q=.2}, as those clients
   * send it): a refusal must never turn away a client that was answered before, so one that cannot be
   * read counts as 1. The one reading of Accept for every HTTP front end.
   */
  static boolean accepts(@Nullable String accept, String type) {
    return accept == null || accept.isBlank() || reading(accept, type)[1] > 0;
  }

  /**
   * Whether an {@code Accept} header prefers {@code type} to {@code other}, read as {@link #accepts}
   * reads it: {@code type} has a higher quality, or the same and a more specific range names it
   * ({@code text/html, *}{@code /*} prefers text/html to JSON; {@code *}{@code /*} alone prefers
   * neither). An absent or blank header prefers nothing, as a quality that cannot be read counts as 1.
   */
  static boolean prefers(@Nullable String accept, String type, String other) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    int[] mine = reading(accept, type);
    int[] theirs = reading(accept, other);
    return mine[1] > theirs[1] || mine[1] > 0 && mine[1] == theirs[1] && mine[0] > theirs[0];
  }

  /**
   * The specificity of the most specific range of {@code accept} covering {@code type} (2 the type, 1
   * its {@code type/*}, 0 {@code *}{@code /*}, -1 none) and its quality in thousandths (0 when none
   * covers it; when several equally specific ranges do, the highest).
   */
  private static int[] reading(String accept, String type) {
    String anySubtype = type.substring(0, type.indexOf('/') + 1) + "*";
    int specificity = -1;
    int best = 0;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";", -1); // ";" alone is one empty name, not no parts at all
      String name = parts[0].strip().toLowerCase(Locale.ROOT);
      int matches = name.equals(type) ? 2 : name.equals(anySubtype) ? 1
          : name.equals("*/*") || name.equals("*") ? 0 : -1;
      if (matches < specificity || matches < 0) {
        continue;
      }
      String quality = "1";
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].strip();
        if (parameter.length() > 1 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
            && parameter.charAt(1) == '=') {
          quality = parameter.substring(2).strip();
        }
      }
      int thousandths = thousandths(quality);
      best = matches > specificity ? thousandths : Math.max(best, thousandths);
      specificity = matches;
    }
    return new int[] {specificity, best};
  }

  /** A quality in thousandths, 0 to 1000; one that cannot be read counts as 1000. */
  private static int thousandths(String quality) {
    try {
      double value = Double.parseDouble(quality);
      // q=0.0001 still allows: only 0 refuses
      return Double.isNaN(value) ? 1000 : value <= 0 ? 0 : (int) Math.max(1, Math.round(Math.min(1, value) * 1000));
    } catch (NumberFormatException unreadable) {
      return 1000;
    }
  }

  /** Makes a front end's endpoint for one atlas; listed for {@link ServiceLoader}. */
  interface Provider {
    HttpEndpoint create(TrustAtlas atlas);
  }

  /** The endpoints of every front end on the class path, made for {@code atlas}. */
  static List<HttpEndpoint> all(TrustAtlas atlas) {
    return ServiceLoader.load(Provider.class).stream().map(provider -> provider.get().create(atlas)).toList();
  }

  /**
   * A request as received: the method in upper case, the headers by name (any case) and the body.
   * The body is the server's to bound: it arrives already read, within the server's limit.
   */
  record Request(String method, Map<String, List<String>> headers, byte[] body) {

    public Request {
      Objects.requireNonNull(method, "method");
      headers = Map.copyOf(headers);
      body = body.clone();
    }

    /** The first value of the header {@code name}, whatever its case. */
    public Optional<String> header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream()).findFirst();
    }

    /** Whether the request's {@code Accept} allows {@code type}, as {@link HttpEndpoint#accepts} reads it. */
    public boolean accepts(String type) {
      return HttpEndpoint.accepts(header("Accept").orElse(null), type);
    }

    /** The media type of the body, lower case and without parameters; empty when none was sent. */
    public String mediaType() {
      return header("Content-Type").map(type -> type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT)).orElse("");
    }

    @Override
    public byte[] body() {
      return body.clone();
    }

    @Override
    public String toString() {
      return "Request[" + method + ", body not shown]";
    }
  }

  /** An answer: status, headers to add (the server adds its own security headers) and the body. */
  record Response(int status, Map<String, String> headers, byte[] body) {

    public Response {
      headers = Map.copyOf(headers);
      body = body.clone();
    }

    @Override
    public byte[] body() {
      return body.clone();
    }

    @Override
    public String toString() {
      return "Response[" + status + ", body not shown]";
    }
  }
}
