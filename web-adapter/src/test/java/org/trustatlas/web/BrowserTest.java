package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trustatlas.content.TrustAtlas;

/**
 * A reader in a real headless Chromium: reads the walk-through, opens a concept, searches,
 * leaves quickly; every page type passes axe-core and is saved as a screenshot.
 */
class BrowserTest {

  private static final Map<String, String> PAGE_TYPES = Map.ofEntries(
      Map.entry("home", "/"), Map.entry("topics", "/concepts"), Map.entry("concept", "/concepts/faith"),
      Map.entry("strategy", "/concepts/apologizing"), Map.entry("resources", "/resources"),
      Map.entry("privacy", "/privacy"), Map.entry("search", "/search"), Map.entry("not-found", "/concepts/faiht"),
      Map.entry("simulator", "/simulator"), Map.entry("simulator-result", "/simulator?scenario=harm-and-forgiving"),
      Map.entry("simulator-error", "/simulator?scenario=small-breach&steps=0"), Map.entry("plan", "/plan"),
      Map.entry("check-in", "/check-in"), Map.entry("resources-au", "/resources?region=AU"));

  private static final String AXE = Browser.axeSource();
  private static HttpServer neutral;
  private static TestServer server;
  private static TestServer bundled;
  private static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    Browser.assumeInstalled();
    neutral = neutralSite();
    String exit = "http://127.0.0.1:" + neutral.getAddress().getPort() + "/weather";
    server = TestServer.start(WebOptions.defaults().withQuickExitUrl(exit));
    bundled = TestServer.start(TrustAtlas.bundled(), WebOptions.defaults().withQuickExitUrl(exit));
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (bundled != null) {
      bundled.close();
    }
    if (neutral != null) {
      neutral.stop(0);
    }
  }

  /** Stands in for the neutral site, so the quick exit is tested without the internet. */
  private static HttpServer neutralSite() throws IOException {
    HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    site.createContext("/weather", exchange -> {
      byte[] body = "<!DOCTYPE html><link rel=\"icon\" href=\"data:,\"><title>Weather</title><h1>Weather</h1>".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    site.start();
    return site;
  }

  private static WebDriver open(String path) {
    return open(server, path);
  }

  /** Opens a page; console messages of earlier pages are dropped so each check sees only its own. */
  private static WebDriver open(TestServer target, String path) {
    browser.driver.manage().logs().get(LogType.BROWSER);
    browser.driver.get(target.uri(path).toString());
    return browser.driver;
  }

  // Waits for the label: after a form is sent, the next page may not have arrived yet, and its title
  // can be the same as the last one's.
  private static void click(WebDriver driver, String id) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='" + id + "']"))).click();
  }

  private static void waitForTitle(WebDriver driver, String title) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains(title));
  }

  /** A reader who types danger into the search box sees the number before any topic, above the fold. */
  @Test
  void aSearchThatSignalsDangerShowsTheNumberAndTheRightLineFirst() throws IOException {
    WebDriver driver = open(bundled, "/search?q=he+chokes+me&region=GB");
    WebElement main = driver.findElement(By.tagName("main"));
    WebElement call = main.findElement(By.cssSelector("section.safety-block a.number"));
    assertThat(call.getText()).isEqualTo("999");
    WebElement firstTopic = main.findElement(By.cssSelector("ol.results a"));
    assertThat(call.getLocation().getY()).isLessThan(firstTopic.getLocation().getY());
    assertThat(call.getLocation().getY()).as("visible without scrolling on a desktop").isLessThan(900);
    checkCurrent("search-danger", "/search (danger)");
  }

  /** The brief's reader: partner harm, "not sure" left where unsure, and the way to safety first on the page. */
  @Test
  void aReaderAtRiskFillsThePlanFormAndSeesTheEmergencyNumberAndServicesFirst() throws IOException {
    WebDriver driver = open(bundled, "/plan");
    click(driver, "challenge-intimate-partner-abuse");
    click(driver, "role-survivor");
    click(driver, "flag-fear-of-partner-yes");
    click(driver, "flag-ongoing-abuse-yes");
    new Select(driver.findElement(By.id("region"))).selectByValue("US");
    driver.findElement(By.xpath("//button[normalize-space()='Show my plan']")).click();
    waitForTitle(driver, "Your plan");
    assertThat(driver.getCurrentUrl()).endsWith("/plan");
    WebElement main = driver.findElement(By.tagName("main"));
    List<WebElement> sections = main.findElements(By.xpath("./section"));
    assertThat(sections.get(0).getAttribute("class")).contains("safety-block");
    WebElement call = sections.get(0).findElement(By.cssSelector("a.number"));
    assertThat(call.getText()).isEqualTo("911");
    assertThat(call.getAttribute("href")).isEqualTo("tel:911");
    WebElement hotline = sections.get(0).findElement(By.xpath(".//h3[contains(., 'Domestic Violence')]"));
    WebElement steps = driver.findElement(By.id("steps-title"));
    assertThat(call.getLocation().getY()).as("the number is above everything else").isLessThan(hotline.getLocation().getY());
    assertThat(hotline.getLocation().getY()).isLessThan(steps.getLocation().getY());
    assertThat(call.getLocation().getY()).as("visible without scrolling on a desktop").isLessThan(900);
    assertThat(main.findElements(By.cssSelector(".step a[href='/concepts/couples-therapy']"))).isEmpty();
    checkCurrent("plan-partner-harm", "/plan (partner harm)");
  }

  @Test
  void aReaderWhoAnswersThatTheyAreInDangerSeesOnlyHelp() throws IOException {
    WebDriver driver = open(bundled, "/check-in");
    click(driver, "q-privately-alone");
    click(driver, "q-where-gb");
    driver.findElement(By.xpath("//button[normalize-space()='Continue']")).click();
    waitForTitle(driver, "Check-in");
    checkCurrent("checkin-second-page", "/check-in (second page)");
    click(driver, "q-danger-now-yes");
    click(driver, "q-what-happened-cheating");
    driver.findElement(By.xpath("//button[normalize-space()='See what my answers describe']")).click();
    waitForTitle(driver, "Your safety comes first");
    WebElement main = driver.findElement(By.tagName("main"));
    assertThat(main.findElements(By.tagName("form"))).isEmpty();
    assertThat(main.findElements(By.cssSelector("a.number"))).hasSize(1);
    assertThat(main.getText()).contains("the rest of the check-in can wait").doesNotContain("Steps, phase by phase");
    checkCurrent("checkin-stop", "/check-in (danger)");
  }

  @Test
  void aCheckInThatNamesWhatHappenedEndsInAPlanSafetyFirst() throws IOException {
    WebDriver driver = open(bundled, "/check-in");
    click(driver, "q-privately-alone");
    driver.findElement(By.xpath("//button[normalize-space()='Continue']")).click();
    waitForTitle(driver, "Check-in");
    click(driver, "q-danger-now-no");
    click(driver, "q-afraid-of-partner-no");
    click(driver, "q-what-happened-cheating");
    driver.findElement(By.xpath("//button[normalize-space()='See what my answers describe']")).click();
    waitForTitle(driver, "What your answers describe");
    List<WebElement> sections = driver.findElements(By.xpath("//main/section"));
    assertThat(sections.get(0).getAttribute("class")).contains("safety-block");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Steps, phase by phase", "Where this can lead");
    checkCurrent("checkin-plan", "/check-in (plan)");
  }

  @Test
  void aPlanFormSentWithoutAnAnswerSaysWhatIsMissing() throws IOException {
    WebDriver driver = open(bundled, "/plan");
    click(driver, "role-hurt-partner");
    driver.findElement(By.xpath("//button[normalize-space()='Show my plan']")).click();
    waitForTitle(driver, "Check your answers");
    WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
    assertThat(summary.getText()).contains("at least one challenge");
    summary.findElement(By.tagName("a")).click();
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("challenge-betrayal");
    checkCurrent("plan-error", "/plan (error)");
  }

  @Test
  void aReaderFollowsTheWalkThroughToAConcept() throws IOException {
    WebDriver driver = open("/");
    assertThat(driver.getTitle()).contains("What sexual trust is");
    WebElement sentence = driver.findElement(By.id("S01"));
    assertThat(sentence.getText()).contains("Trust is built slowly.");
    sentence.findElement(By.linkText("Faith")).click();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.titleContains("Faith"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Faith");
    driver.findElement(By.linkText("Apologizing")).click();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.titleContains("Apologizing"));
    assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).contains("Involved partner");
  }

  @Test
  void aReaderSearchesAndTheWordsStayOutOfTheAddress() {
    WebDriver driver = open("/");
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys("my partner cheated");
    box.submit();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.titleContains("Search"));
    assertThat(driver.getCurrentUrl()).endsWith("/search").doesNotContain("cheated");
    driver.findElement(By.linkText("Infidelity")).click();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.titleContains("Infidelity"));
  }

  @Test
  void aReaderRunsASimulationAndSeesTheChart() {
    WebDriver driver = open("/simulator");
    driver.findElement(By.cssSelector("label[for='scenario-small-breach']")).click();
    WebElement weeks = driver.findElement(By.id("steps"));
    weeks.clear();
    weeks.sendKeys("20");
    driver.findElement(By.xpath("//button[normalize-space()='Run this scenario']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.titleContains("A small breach"));
    assertThat(driver.getCurrentUrl()).endsWith("/simulator");
    WebElement chart = driver.findElement(By.cssSelector("svg.chart"));
    assertThat(chart.isDisplayed()).isTrue();
    assertThat(chart.getSize().getHeight()).isGreaterThan(200);
    assertThat(driver.findElements(By.cssSelector("svg.chart polyline.series"))).hasSize(5);
    assertThat(driver.findElement(By.cssSelector(".result")).getText()).contains("Trust starts at", "illustration");
    driver.findElement(By.cssSelector("details.values summary")).click();
    assertThat(driver.findElement(By.cssSelector("table.data")).getText()).contains("Week", "Trust", "20");
  }

  @Test
  void aReaderWritesAScenarioAndAMistakeIsShownNextToIt() {
    WebDriver driver = open("/simulator");
    WebElement text = driver.findElement(By.id("events"));
    text.clear();
    text.sendKeys("id: mine\ntitle: Mine\nsteps: 10\nevents:\n  - {at: 3, type: hug}\n");
    driver.findElement(By.xpath("//button[normalize-space()='Run my scenario']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.titleContains("Check what you sent"));
    WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
    assertThat(summary.getText()).contains("line 5", "'hug'");
    summary.findElement(By.cssSelector("a[href='#events']")).click();
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("events");
  }

  @Test
  void quickExitReplacesThePageWithoutAddingHistory() {
    WebDriver driver = open("/");
    open("/concepts/faith");
    long before = historyLength(driver);
    assertThat(driver.findElement(By.id("quick-exit-hint")).isDisplayed()).as("Esc hint shown with JS").isTrue();
    driver.findElement(By.id("quick-exit")).click();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.titleIs("Weather"));
    assertThat(historyLength(driver)).as("location.replace adds no entry").isEqualTo(before);
    driver.navigate().back();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.urlToBe(server.uri("/").toString()));
  }

  @Test
  void escapeLeavesFromAnywhere() {
    WebDriver driver = open("/privacy");
    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.titleIs("Weather"));
  }

  private static long historyLength(WebDriver driver) {
    return ((Number) browser.driver.executeScript("return history.length")).longValue();
  }

  @Test
  void everyPageTypePassesAxeAndLoadsWithoutPolicyErrors() throws IOException {
    for (Map.Entry<String, String> page : PAGE_TYPES.entrySet()) {
      checkAndCapture(server, page.getKey(), page.getValue());
    }
  }

  @Test
  void theBundledContentPassesAxeToo() throws IOException {
    for (Map.Entry<String, String> page : Map.ofEntries(Map.entry("bundled-home", "/"),
        Map.entry("bundled-topics", "/concepts"), Map.entry("bundled-challenge", "/concepts/infidelity"),
        Map.entry("bundled-strategy", "/concepts/apologizing"), Map.entry("bundled-outcome", "/concepts/forgiveness"),
        Map.entry("bundled-couples-therapy", "/concepts/couples-therapy"),
        Map.entry("bundled-search", "/search?q=my+partner+cheated"),
        Map.entry("bundled-simulator", "/simulator?scenario=disclosed-affair-sincere-apology"),
        Map.entry("bundled-simulator-long", "/simulator?scenario=repeated-violations&steps=10000"),
        Map.entry("bundled-plan", "/plan"), Map.entry("bundled-check-in", "/check-in"),
        Map.entry("bundled-resources-us", "/resources?region=US")).entrySet()) {
      checkAndCapture(bundled, page.getKey(), page.getValue());
    }
  }

  /** Every page type of the bundled pack, as a reader reaches it; {@code POST} pages through their form. */
  private static final List<List<String>> PHONE_PAGES = List.of(
      List.of("/"), List.of("/concepts"), List.of("/concepts/infidelity"), List.of("/concepts/apologizing"),
      List.of("/concepts/intimate-partner-abuse"), List.of("/concepts/couples-therapy"), List.of("/concepts/faith"),
      List.of("/search"), List.of("/search?q=my+partner+cheated"), List.of("/plan"),
      List.of("/plan", "challenge=intimate-partner-abuse", "role=survivor", "flag-fear-of-partner=yes",
          "flag-ongoing-abuse=yes", "region=GB"),
      List.of("/plan", "challenge=infidelity", "role=hurt-partner", "flag-fear-of-partner=no", "region=US"),
      List.of("/simulator"), List.of("/simulator?scenario=disclosed-affair-sincere-apology"),
      List.of("/simulator?scenario=repeated-violations&steps=10000"), List.of("/check-in"),
      List.of("/check-in", "q-danger-now=yes"), List.of("/check-in", "q-danger-now=no", "q-what-happened=cheating"),
      List.of("/resources"), List.of("/resources?region=GB"), List.of("/resources?region=US"),
      List.of("/resources?region=AU"), List.of("/privacy"), List.of("/concepts/nope"));

  private static final int PHONE = 390;

  /**
   * A 390 px phone (Chrome's mobile emulation): no page is wider than the screen, the simulator's
   * chart needs no sideways scrolling, and every source a page cites links to its entry.
   */
  @Test
  void everyPageFitsAPhoneAndResolvesEveryCitation() {
    Map<String, Object> phone = Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", true);
    browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", phone);
    StringBuilder report = new StringBuilder();
    List<String> problems = new java.util.ArrayList<>();
    try {
      for (List<String> page : PHONE_PAGES) {
        String name = page.size() == 1 ? page.get(0) : "POST " + String.join("&", page);
        reach(page);
        long width = ((Number) browser.driver.executeScript(
            "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")).longValue();
        report.append(String.format("%5d px  %s%n", width, name));
        if (width > PHONE) {
          problems.add(name + " is " + width + " px wide; widest: " + browser.driver.executeScript(WIDEST, PHONE));
        }
        Object chart = browser.driver.executeScript(
            "const f = document.querySelector('.chart-frame'); return f ? f.scrollWidth - f.clientWidth : 0");
        if (((Number) chart).longValue() > 0) {
          problems.add(name + ": the chart scrolls sideways by " + chart + " px");
        }
        Object unresolved = browser.driver.executeScript("return [...document.querySelectorAll('a[href^=\"#\"]')]"
            + ".map(a => a.getAttribute('href').slice(1)).filter(id => id && !document.getElementById(id))");
        if (!((List<?>) unresolved).isEmpty()) {
          problems.add(name + ": citations without an entry: " + unresolved);
        }
      }
    } finally {
      browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      System.out.println("Page widths on a " + PHONE + " px phone:\n" + report);
    }
    assertThat(problems).isEmpty();
  }

  /** The elements that stick out past the screen's right edge, for the failure message. */
  private static final String WIDEST = "const limit = arguments[0]; return [...document.querySelectorAll('body *')]"
      + ".filter(e => e.getBoundingClientRect().right > limit + 0.5)"
      + ".map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')"
      + " + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8).join(', ')";

  /** Opens a page; with form fields, posts them to it the way its form does. */
  private static void reach(List<String> page) {
    if (page.size() == 1) {
      browser.driver.get(bundled.uri(page.get(0)).toString());
      return;
    }
    browser.driver.get(bundled.uri(page.get(0)).toString());
    browser.driver.executeScript("const form = document.createElement('form'); form.method = 'post';"
        + " form.action = arguments[0]; for (const pair of arguments[1]) { const input = document.createElement('input');"
        + " input.type = 'hidden'; const at = pair.indexOf('='); input.name = pair.slice(0, at);"
        + " input.value = pair.slice(at + 1); form.appendChild(input); } document.body.appendChild(form); form.submit();",
        page.get(0), page.subList(1, page.size()));
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> "complete".equals(
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState"))
        && d.findElements(By.cssSelector("form[action='" + page.get(0) + "'] input[type=hidden]")).isEmpty());
  }

  /** Fails on serious or critical axe-core violations and on console errors; saves two screenshots. */
  private static void checkAndCapture(TestServer target, String name, String path) throws IOException {
    browser.driver.manage().logs().get(LogType.BROWSER);
    browser.driver.get(target.uri(path).toString());
    checkCurrent(name, path);
  }

  /** The same checks on the page the browser shows now, such as the answer to a form. */
  private static void checkCurrent(String name, String path) throws IOException {
    browser.driver.executeScript(AXE);
    String violations = (String) browser.driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify("
            + "r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
            + ".map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target)})))))"
            + ".catch(e => done('axe failed: ' + e));");
    assertThat(violations).as("serious or critical axe violations on " + path).isEqualTo("[]");
    List<LogEntry> errors = browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .filter(e -> !(name.equals("not-found") && e.getMessage().contains("404")))
        .filter(e -> !(name.endsWith("-error") && e.getMessage().contains("400")))
        .toList();
    assertThat(errors).as("console errors (CSP violations, failed loads) on " + path).isEmpty();
    browser.screenshot(name + "-desktop", 1280);
    browser.screenshot(name + "-phone", 390);
    DocumentShot shot = README_SHOTS.get(name);
    if (shot != null) {
      browser.documentShot(shot.image(), shot.width(), shot.height(), shot.scrollTo());
    }
  }

  /** A screen the README shows: its image under docs/images, the window size, what to scroll to. */
  private record DocumentShot(String image, int width, int height, String scrollTo) {}

  private static final Map<String, DocumentShot> README_SHOTS = Map.of(
      "bundled-challenge", new DocumentShot("concept-desktop", 1280, 800, ""),
      "plan-partner-harm", new DocumentShot("plan-phone", 390, 844, ""),
      "bundled-simulator", new DocumentShot("simulator-phone", 390, 844, "#result-title"));
}
