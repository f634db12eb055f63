package org.trustatlas.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

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
