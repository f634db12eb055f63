package org.trustatlas.web.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.content.json.AtlasJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An RFC 9457 problem: what went wrong with one request, specific enough to fix it. Types are
 * stable URNs so clients can branch on them; plain HTTP failures use {@code about:blank}.
 *
 * @param detail says what was wrong with this request's value, never a stack trace
 * @param suggestions nearby valid values (concept ids, parameter names); may be empty
 * @param extras further members, such as {@code parameter} or {@code allowed}
 * @param problems located problems in a body the client sent (a scenario), each with line, column and
 *     JSON pointer; may be empty
 */
public record Problem(String type, String title, int status, String detail, List<String> suggestions,
    Map<String, String> extras, List<PackProblem> problems) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    suggestions = List.copyOf(suggestions);
    extras = Map.copyOf(extras);
    problems = List.copyOf(problems);
  }

  public static Problem of(String type, String title, int status, String detail) {
    return new Problem(type, title, status, detail, List.of(), Map.of(), List.of());
  }

  public Problem withSuggestions(List<String> values) {
    return new Problem(type, title, status, detail, values, extras, problems);
  }

  public Problem with(String member, String value) {
    Map<String, String> more = new java.util.TreeMap<>(extras);
    more.put(member, value);
    return new Problem(type, title, status, detail, suggestions, more, problems);
  }

  public Problem withProblems(List<PackProblem> located) {
    return new Problem(type, title, status, detail, suggestions, extras, located);
  }

  /** Throws this problem; handlers stop at the first problem and the error handling writes it. */
  public ProblemException toException() {
    return new ProblemException(this);
  }

  public ObjectNode toJson() {
    ObjectNode node = AtlasJson.object();
    node.put("type", type);
    node.put("title", title);
    node.put("status", status);
    node.put("detail", detail);
    extras.forEach(node::put);
    if (!suggestions.isEmpty()) {
      ArrayNode near = node.putArray("suggestions");
      suggestions.forEach(near::add);
    }
    if (!problems.isEmpty()) {
      ArrayNode located = node.putArray("problems");
      problems.forEach(p -> located.add(AtlasJson.problem(p)));
    }
    return node;
  }
}
