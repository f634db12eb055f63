package org.trustatlas.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both by explicit path so
 * Selenium Manager never runs and nothing is downloaded (research/ecosystem.md section 5).
 */
final class Browser implements AutoCloseable {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  final ChromeDriver driver;
  private final ChromeDriverService service;

  private Browser(ChromeDriver driver, ChromeDriverService service) {
    this.driver = driver;
    this.service = service;
  }

  /** Skips the calling test, with the reason shown, on a machine without the Debian packages. */
  static void assumeInstalled() {
    boolean installed = CHROMEDRIVER.canExecute() && CHROMIUM.canExecute();
    if (!installed && "true".equals(System.getenv("TRUSTATLAS_REQUIRE_BROWSER"))) {
      throw new AssertionError("TRUSTATLAS_REQUIRE_BROWSER is set but /usr/bin/chromium or /usr/bin/chromedriver is missing");
    }
    Skips.unless(installed, "BrowserTest (every browser test)", "/usr/bin/chromium or /usr/bin/chromedriver is "
        + "missing; apt-get install -y chromium chromium-driver runs them (CI installs them)");
  }

  static Browser start() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--no-first-run", "--hide-scrollbars",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 900));
    return new Browser(driver, service);
  }

  /** A full-length screenshot at {@code width} pixels, so a reviewer sees the whole page. */
  void screenshot(String name, int width) throws IOException {
    driver.manage().window().setSize(new Dimension(width, 900));
    Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new Dimension(width, Math.min(6000, height.intValue() + 40)));
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  /**
   * The screenshots the README shows, one screen high, into the folder named by the system property
   * {@code trustatlas.docImages} (see CONTRIBUTING.md, "Screenshots"); nothing without it.
   */
  void documentShot(String name, int width, int height, String scrollTo) throws IOException {
    String folder = System.getProperty("trustatlas.docImages", "");
    if (folder.isBlank()) {
      return;
    }
    driver.manage().window().setSize(new Dimension(width, height));
    driver.executeScript("const at = arguments[0] && document.querySelector(arguments[0]);"
        + " if (at) { at.scrollIntoView(); } else { window.scrollTo(0, 0); }", scrollTo);
    Files.createDirectories(Path.of(folder));
    Files.write(Path.of(folder, name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  static String axeSource() {
    try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
    }
  }
}
