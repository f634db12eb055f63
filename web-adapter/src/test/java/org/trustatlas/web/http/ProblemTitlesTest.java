package org.trustatlas.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.input.InputException;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.dynamics.SimulationCost;
import org.trustatlas.core.dynamics.SimulationTooLargeException;
import tools.jackson.databind.JsonNode;

/**
 * RFC 9457: a problem type's title is the same whenever it occurs; only the detail differs. The
 * bad-request type was titled "Bad Request", "Bad request", "Request timeout", "URI too long" and
 * "Request header fields too large" by different routes, so a client reading titles saw five kinds.
 * ({@code about:blank}, for a status no route names, is titled by its status's reason phrase, as RFC 9457 asks.)
 */
class ProblemTitlesTest {

  @Test
  void everyProblemTypeHasExactlyOneTitle() throws Exception {
    Map<String, Set<String>> titles = new TreeMap<>();
    for (Problem problem : everyProblemThisServerWrites()) {
      titles.computeIfAbsent(problem.type(), type -> new TreeSet<>()).add(problem.title());
    }
    assertThat(titles).containsKey(Problems.BAD_REQUEST).containsKey(Problems.ABOUT_BLANK);
    titles.remove(Problems.ABOUT_BLANK);   // titled by its status, below
    titles.forEach((type, seen) -> assertThat(seen).as(type).hasSize(1));
  }

  /**
   * RFC 9457 4.2.1: about:blank means the status says it all, so its title is the status's reason
   * phrase. It was titled "HTTP 409", which names no problem.
   */
  @Test
  void aProblemWithNoTypeOfItsOwnIsTitledByTheStatusPhrase() {
    assertThat(Problems.plain(409).title()).isEqualTo("Conflict");
    assertThat(Problems.plain(429).title()).isEqualTo("Too Many Requests");
    assertThat(Problems.plain(400).title()).isEqualTo("Bad Request");
    assertThat(Problems.plain(409).type()).isEqualTo("about:blank");
    assertThat(Problems.plain(409).status()).isEqualTo(409);
    assertThat(Problems.plain(499).title()).as("a status with no phrase").isEqualTo("HTTP 499");
  }

  // Every public factory of Problems, called with a sample of each argument, and every answer Jetty's
  // error handler writes before a route runs.
  private static List<Problem> everyProblemThisServerWrites() throws Exception {
    List<Problem> problems = new ArrayList<>();
    for (Method factory : Problems.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(factory.getModifiers()) || factory.getReturnType() != Problem.class) {
        continue;
      }
      for (Object[] args : samples(factory.getParameterTypes())) {
        problems.add((Problem) factory.invoke(null, args));
      }
    }
    for (int status = 400; status < 600; status++) {
      JsonNode written = AtlasJson.mapper().readTree(JettyProblemHandler.body(status));
      problems.add(Problem.of(written.get("type").asString(), written.get("title").asString(),
          written.get("status").asInt(), written.get("detail").asString()));
    }
    return problems;
  }

  private static List<Object[]> samples(Class<?>[] types) throws Exception {
    List<Object[]> all = new ArrayList<>();
    all.add(new Object[types.length]);
    for (int i = 0; i < types.length; i++) {
      List<Object> values = samples(types[i]);
      List<Object[]> next = new ArrayList<>();
      for (Object[] args : all) {
        for (Object value : values) {
          Object[] more = args.clone();
          more[i] = value;
          next.add(more);
        }
      }
      all = next;
    }
    return all;
  }

  private static List<Object> samples(Class<?> type) throws Exception {
    if (type == String.class) {
      return List.of("x", "");
    }
    if (type == int.class) {   // a status (the statuses bad-request is written with), or a size
      return List.of(400, 408, 414, 431, 8192);
    }
    if (type == long.class) {
      return List.of(1000L);
    }
    if (type == InputException.class) {
      return List.of(InputException.malformed("body", 1, 2, "/a", "not a number"),
          InputException.tooLarge("body", 1, 2, "/a", "too long"));
    }
    if (type == SimulationTooLargeException.class) {
      try {
        new SimulationCost(SimulationCost.MAX_STEPS + 1L, 1).check();
      } catch (SimulationTooLargeException tooLarge) {
        return List.of(tooLarge);
      }
      return fail("a run of %d steps was not refused", SimulationCost.MAX_STEPS + 1L);
    }
    return fail("no sample of %s for a Problems factory: add one here so its title is checked", type);
  }
}
