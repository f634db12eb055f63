package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.trustatlas.web.http.SecurityHeaders;

/** Every kind of response carries the security headers; nothing sets a cookie or loads from elsewhere. */
class SecurityHeadersTest {

  @AutoClose
  private static final TestServer server = TestServer.start();

  private static List<HttpResponse<String>> everyKindOfResponse() {
    return List.of(
        server.get("/"), server.get("/concepts/faith"), server.get("/concepts"), server.get("/resources"),
        server.get("/privacy"), server.get("/search"), server.get("/simulator"),
        server.send("POST", "/simulator", "scenario=small-breach", "Content-Type", "application/x-www-form-urlencoded"),
        server.get("/plan"), server.get("/check-in"), server.get("/resources?region=GB"),
        server.send("POST", "/plan", "challenge=infidelity&role=both", "Content-Type", "application/x-www-form-urlencoded"),
        server.send("POST", "/check-in", "q-danger-now=yes", "Content-Type", "application/x-www-form-urlencoded"),
        server.send("POST", "/api/v1/plans", "{\"challenges\":[\"infidelity\"],\"role\":\"both\"}",
            "Content-Type", "application/json"),
        server.send("POST", "/api/v1/simulations", "{", "Content-Type", "application/json"),
        server.get("/api/v1/search?q=trust"),
        server.get("/assets/site.css"), server.get("/assets/quick-exit.js"),
        server.get("/api/v1/concepts"), server.get("/api/v1/openapi.json"), server.get("/health"),
        server.get("/api/v1/concepts/nope"), server.get("/nowhere", "Accept", "text/html"),
        server.send("PUT", "/api/v1/concepts", ""), server.get("/api/v1/concepts?bad=1"),
        server.send("POST", "/search", "q=x", "Content-Type", "text/plain"));
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (HttpResponse<String> response : everyKindOfResponse()) {
      SecurityHeaders.all().forEach((name, value) -> assertThat(response.headers().firstValue(name))
          .as(name + " on " + response.request().method() + " " + response.uri().getPath()).hasValue(value));
      assertThat(response.headers().firstValue("Set-Cookie")).as("cookie on " + response.uri()).isEmpty();
      assertThat(response.headers().firstValue("Server")).isEmpty();
    }
  }

  @Test
  void theContentSecurityPolicyIsStrict() {
    assertThat(SecurityHeaders.CSP).contains("script-src 'self'", "frame-ancestors 'none'", "base-uri 'none'",
        "form-action 'self'").doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
  }

  @Test
  void pagesHaveNoInlineScriptStyleOrThirdPartyAddresses() {
    Pattern inlineScript = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>");
    for (String path : List.of("/", "/concepts", "/concepts/faith", "/concepts/apologizing", "/resources", "/privacy",
        "/search", "/simulator", "/simulator?scenario=harm-and-forgiving", "/resources?region=GB",
        "/resources?region=US", "/plan", "/check-in")) {
      String html = server.get(path).body();
      assertThat(inlineScript.matcher(html).find()).as("inline script on " + path).isFalse();
      assertThat(html).as(path).doesNotContain(" style=", "<style", " on" + "click=", "javascript:");
      assertThat(html).as(path).containsPattern("<script src=\"/assets/quick-exit.js\" defer></script>");
      assertThat(html).as("external asset on " + path).doesNotContainPattern("src=\"(https?:)?//")
          .doesNotContainPattern("<link[^>]*href=\"(https?:)?//");
      Matcher external = Pattern.compile("<a ([^>]*)href=\"(https?:)?//[^\"]*\"([^>]*)>").matcher(
          html.replace("href=\"" + TestServer.NEUTRAL + "\"", ""));
      while (external.find()) {
        assertThat(external.group(1) + external.group(3)).as("a link to another site on " + path + " tells it nothing")
            .contains("rel=\"noreferrer noopener\"");
      }
    }
  }
}
