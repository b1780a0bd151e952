package io.canrun.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's own Chromium and its chromedriver (Debian: {@code apt-get install chromium
 * chromium-driver}), or {@code CANRUN_CHROMIUM} / {@code CANRUN_CHROMEDRIVER}. Both paths are given
 * to Selenium, so it never looks for, or downloads, a browser or a driver.
 */
record SystemChromium(Path browser, Path driver) {

  static final String INSTALL_HINT =
      "No Chromium with chromedriver found (looked for CANRUN_CHROMIUM / CANRUN_CHROMEDRIVER,"
          + " /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/chromedriver); install them"
          + " with: apt-get install -y chromium chromium-driver";

  static Optional<SystemChromium> find() {
    Optional<Path> browser =
        executable(
            System.getenv("CANRUN_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
    Optional<Path> driver =
        executable(
            System.getenv("CANRUN_CHROMEDRIVER"),
            "/usr/bin/chromedriver",
            "/usr/lib/chromium/chromedriver");
    return browser.flatMap(b -> driver.map(d -> new SystemChromium(b, d)));
  }

  private static Optional<Path> executable(String... candidates) {
    return Stream.of(candidates)
        .filter(c -> c != null && !c.isBlank())
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** A headless browser with a fresh profile, a desktop-sized window and US-English dates. */
  Browser start() {
    Path profile;
    try {
      profile = Files.createTempDirectory("canrun-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create a Chromium profile directory", e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    options.addArguments(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--lang=en-US",
            "--window-size=1280,900",
            "--user-data-dir=" + profile));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(driver.toString()))
            .usingAnyFreePort()
            .withTimeout(Duration.ofSeconds(60))
            .build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  /** A running browser; closing it quits the browser and removes its profile. */
  record Browser(ChromeDriver driver, Path profile) implements AutoCloseable {

    @Override
    public void close() {
      driver.quit();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not remove " + profile, e);
      }
    }
  }
}
