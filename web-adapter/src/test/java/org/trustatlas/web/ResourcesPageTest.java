package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.safety.CrisisResource;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.ResourceMatch;

/** {@code /resources}: the emergency number first, then every service of the region with its provenance. */
class ResourcesPageTest {

  private static final TrustAtlas atlas = TestServer.minimalPack();
  @AutoClose
  private static final TestServer server = TestServer.start(atlas,
      WebOptions.defaults().withQuickExitUrl(TestServer.NEUTRAL));

  private static String page(String path, String... headers) {
    HttpResponse<String> response = server.get(path, headers);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  /** JTE escapes quotes and ampersands in text; compare with what the page really says. */
  private static String html(String text) {
    return text.replace("&", "&amp;").replace("\"", "&#34;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Test
  void everyRegionStartsWithItsEmergencyNumberThenListsEveryServiceWithItsSource() {
    for (Region region : atlas.resourceDirectory().regions()) {
      String body = page("/resources?region=" + region.code());
      String main = body.substring(body.indexOf("<main"));
      String number = atlas.emergencyNumber(region).primary();
      int call = main.indexOf(">" + number + "</a>");
      assertThat(call).as(region + " emergency number").isPositive();
      for (ResourceMatch match : atlas.resources(region)) {
        for (CrisisResource resource : match.resources()) {
          int at = main.indexOf("<h3>" + html(resource.name()) + "</h3>");
          assertThat(at).as(region + " lists " + resource.id()).isGreaterThan(call);
          String card = main.substring(at, main.indexOf("</div>", at));
          assertThat(card).as(resource.id()).contains(html(resource.sourceUrl()),
              "Last checked " + resource.lastVerified(), html(resource.hours()));
          resource.verifyNote().ifPresent(note -> assertThat(card).as(resource.id() + " low certainty")
              .contains("Verify before relying on it.", html(note)));
        }
      }
    }
  }

  @Test
  void aLowCertaintyEntryAlwaysSaysToVerifyIt() {
    boolean sawOne = false;
    for (Region region : atlas.resourceDirectory().regions()) {
      for (ResourceMatch match : atlas.resources(region)) {
        sawOne |= match.resources().stream().anyMatch(r -> r.verifyNote().isPresent());
      }
    }
    assertThat(sawOne).as("the bundled directory has at least one low-certainty entry to check").isTrue();
  }

  @Test
  void numbersThatCanBeDialledAreLinks() {
    String gb = page("/resources?region=GB");
    assertThat(gb).contains("href=\"tel:999\"", "Silent Solution");
  }

  @Test
  void theBrowsersRegionIsTheDefaultAndTheReaderCanChooseAnother() {
    HttpResponse<String> british = server.get("/resources", "Accept-Language", "en-GB,en;q=0.8");
    assertThat(british.headers().firstValue("Vary")).hasValue("Accept-Language");
    assertThat(british.body()).contains("<option value=\"GB\" selected>", "href=\"tel:999\"");
    assertThat(page("/resources", "Accept-Language", "fr-FR")).contains("<option value=\"INTL\" selected>");
    assertThat(page("/resources")).contains("<option value=\"INTL\" selected>", "action=\"/resources\" method=\"get\"");
    assertThat(page("/resources?region=au")).contains("<option value=\"AU\" selected>");
  }

  @Test
  void aRegionWithoutServicesFallsBackToTheInternationalDirectoryAndSaysSo() {
    String france = page("/resources?region=FR");
    assertThat(france).contains("France", "these are international");
  }

  @Test
  void ukAndCountryNamesShowThatCountrysHelp() {
    assertThat(server.get("/resources?region=UK").body()).contains("href=\"tel:999\"");
    assertThat(server.get("/resources?region=Scotland").body()).contains("href=\"tel:999\"",
        "Scotland only");
  }

  @Test
  void aRegionItCannotPlaceShowsEveryCoveredCountrysNumberAndSaysWhyNeverAnError() {
    HttpResponse<String> page = server.get("/resources?region=Narnia");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("href=\"tel:112\"", "href=\"tel:999\"", "href=\"tel:000\"",
        "This atlas cannot place ", "every country it covers");
  }

  @Test
  void servicesSayWhomTheyAreForAndWhichPartOfTheCountryTheyCover() {
    String html = server.get("/resources?region=GB").body();
    assertThat(html).contains("Set up for LGBTQ+ people", "Wales only", "Northern Ireland only");
  }

  @Test
  void pagesAreRevalidatedNotShared() {
    HttpResponse<String> first = server.get("/resources?region=US");
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(server.get("/resources?region=US", "If-None-Match", etag).statusCode()).isEqualTo(304);
  }
}
