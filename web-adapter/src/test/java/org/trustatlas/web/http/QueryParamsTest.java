package org.trustatlas.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.javalin.http.Context;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.Direction;

/** What a form's fields are called when one is refused: a form has fields, not query parameters. */
class QueryParamsTest {

  /** A page's form post of {@code fields}, as the parts of a {@link Context} that QueryParams reads. */
  private static Context posting(String body, Map<String, List<String>> fields) {
    return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "header" -> "Content-Type".equals(args[0]) ? BodyLimits.FORM : null;
          case "body" -> body;
          case "formParamMap" -> fields;
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  private static Problem refusal(Runnable reading) {
    return catchThrowableOfType(ProblemException.class, reading::run).problem();
  }

  @Test
  void aRequiredOrMisspeltFormFieldIsCalledAFormFieldNotAQueryParameter() {
    QueryParams form = QueryParams.form(posting("q=&direction=sideways&depth=99",
        Map.of("q", List.of(""), "direction", List.of("sideways"), "depth", List.of("99"))), "q", "direction", "depth");

    for (Problem refused : List.of(refusal(() -> form.required("q")), refusal(() -> form.slug("direction", Direction.class)),
        refusal(() -> form.intBetween("depth", 1, 6, 3)))) {
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.title()).doesNotContainIgnoringCase("query");
      assertThat(refused.detail()).startsWith("Form field '").doesNotContainIgnoringCase("query");
    }
    assertThat(refusal(() -> form.required("q")).detail()).isEqualTo("Form field 'q' is required.");
  }
}
