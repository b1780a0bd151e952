package io.canrun.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page at {@code /}, driven in a real headless Chromium against the whole stack (built
 * services, seeded databases, real HTTP). Expected values come from the API, catalog-service and
 * policy-service directly, never from the page. Screenshots of each view go to {@code
 * target/screenshots}. Skipped, with the reason, only where no Chromium is installed. The policy
 * outage comes last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageInBrowserTest {

  private static final String DATE = "2026-11-22";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private LocalStack stack;
  private SystemChromium.Browser browser;
  private ChromeDriver driver;

  @BeforeAll
  void start() throws IOException {
    SystemChromium chromium = SystemChromium.find().orElse(null);
    Assumptions.assumeTrue(chromium != null, SystemChromium.INSTALL_HINT);
    stack = LocalStack.start(TestStacks.fresh("canrun-page"));
    awaitWarm();
    browser = chromium.start();
    driver = browser.driver();
    Files.createDirectories(SCREENSHOTS);
  }

  /**
   * Also waits for the thresholds: one classification per catalog chip can outlast a cold
   * policy-service.
   */
  private void awaitWarm() {
    TestStacks.awaitVerdicts(stack);
    TestStacks.awaitWarm(
        () ->
            given().baseUri(stack.gatewayUrl()).get("/api/v1/thresholds?asOf=" + DATE).statusCode()
                == 200);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  @Order(1)
  void askAQuestionWithTheKeyboardAndReadTheAnswerCard() {
    open("");
    WebElement model = driver.findElement(By.id("ask-model"));
    model.click();
    model.sendKeys("llama-3.1-70b", Keys.TAB, "h100-sxm", Keys.TAB, "de", Keys.TAB);
    WebElement date = driver.switchTo().activeElement();
    assertThat(date.getAttribute("id")).isEqualTo("ask-asOf");
    date.sendKeys("11222026", Keys.ENTER);

    WebElement card = await(By.id("answer-card"));
    JsonPath expected = answer("model=llama-3.1-70b&chip=h100-sxm&destination=DE&asOf=" + DATE);
    assertThat(card.findElement(By.cssSelector(".answer-head .badge")).getAttribute("data-answer"))
        .isEqualTo(expected.getString("answer"));
    assertThat(card.findElement(By.className("summary")).getText())
        .isEqualTo(expected.getString("summary"));
    assertThat(card.findElement(By.cssSelector(".membar[role=img]")).getAttribute("aria-label"))
        .contains("GiB");
    String decidingRule =
        expected.getString(
            "policy.regimes.find { it.regime == 'US-EAR' }.rules.find { it.decisive }.id");
    assertThat(card.findElement(By.cssSelector("[data-regime='US-EAR'] .rule code")).getText())
        .isEqualTo(decidingRule);

    // The address bar holds the question; opening it again reproduces the answer.
    Map<String, String> query = query(driver.getCurrentUrl());
    assertThat(query)
        .containsEntry("model", "llama-3.1-70b")
        .containsEntry("chip", "h100-sxm")
        .containsEntry("destination", "DE")
        .containsEntry("asOf", DATE);
    driver.navigate().refresh();
    assertThat(
            await(By.cssSelector("#answer-card .answer-head .badge")).getAttribute("data-answer"))
        .isEqualTo(expected.getString("answer"));
    screenshot("ask");
  }

  @Test
  @Order(2)
  void anUnknownModelOrABadCountryShowsTheProblemDetail() {
    open("?view=ask&asOf=" + DATE);
    WebElement model = driver.findElement(By.id("ask-model"));
    model.sendKeys("llama-3.1-7b", Keys.TAB, "h100-sxm", Keys.TAB, "DE", Keys.ENTER);
    String detail =
        problemDetail("/api/v1/answer?model=llama-3.1-7b&chip=h100-sxm&destination=DE", 404);
    assertThat(await(By.cssSelector("#ask-result [role=alert] .detail")).getText())
        .isEqualTo(detail);
    screenshot("unknown-model");

    open("?view=ask&model=llama-3.1-70b&chip=h100-sxm&destination=XX&asOf=" + DATE);
    assertThat(await(By.cssSelector("#ask-result [role=alert] .detail")).getText())
        .isEqualTo(
            problemDetail(
                "/api/v1/answer?model=llama-3.1-70b&chip=h100-sxm&destination=XX&asOf=" + DATE,
                400));
  }

  @Test
  @Order(3)
  void theOptionsTableListsEveryChipAndSortsByAColumn() {
    open("?view=options&model=llama-3.1-70b&destination=CN&asOf=" + DATE);
    await(By.cssSelector("#options-table tbody tr"));
    List<Map<String, Object>> options =
        given()
            .baseUri(stack.gatewayUrl())
            .get("/api/v1/options?model=llama-3.1-70b&destination=CN&asOf=" + DATE)
            .then()
            .statusCode(200)
            .extract()
            .path("options");
    List<String> ranked = options.stream().map(o -> (String) o.get("chip")).toList();
    assertThat(rowChips()).isEqualTo(ranked);

    WebElement chipsNeeded = driver.findElement(By.cssSelector("th[data-key=chipsRequired]"));
    chipsNeeded.findElement(By.tagName("button")).click();
    assertThat(chipsNeeded.getAttribute("aria-sort")).isEqualTo("ascending");
    List<Integer> ascending = chipsRequiredInRowOrder(options);
    assertThat(ascending).isSorted();
    chipsNeeded.findElement(By.tagName("button")).click();
    assertThat(chipsNeeded.getAttribute("aria-sort")).isEqualTo("descending");
    assertThat(chipsRequiredInRowOrder(options)).isSortedAccordingTo((a, b) -> b - a);
    screenshot("options");
  }

  @Test
  @Order(4)
  void theHeatMapColoursEachCellByItsAnswerAndLinksToIt() {
    open("?view=heatmap&destination=CN&asOf=" + DATE);
    await(By.cssSelector("#heatmap-table a.cell"));
    int models = total(stack.catalogUrl() + "/api/v1/models");
    int chips = total(stack.catalogUrl() + "/api/v1/chips");
    assertThat(count("#heatmap-table a.cell")).isEqualTo(models * chips);

    Map<String, String> legend = new LinkedHashMap<>();
    for (String answer : List.of("YES", "CONDITIONAL", "NO", "UNKNOWN")) {
      legend.put(answer, background(".legend .swatch.ans-" + answer));
    }
    assertThat(new TreeSet<>(legend.values())).as("four distinct colours").hasSize(4);

    WebElement cell = cell("llama-3.1-70b", "h100-sxm");
    String expected =
        answer("model=llama-3.1-70b&chip=h100-sxm&destination=CN&asOf=" + DATE).getString("answer");
    assertThat(cell.getAttribute("data-answer")).isEqualTo(expected);
    assertThat(cell.getCssValue("background-color")).isEqualTo(legend.get(expected));
    assertThat(query(cell.getAttribute("href")))
        .containsEntry("view", "ask")
        .containsEntry("model", "llama-3.1-70b")
        .containsEntry("chip", "h100-sxm")
        .containsEntry("destination", "CN")
        .containsEntry("asOf", DATE);
    screenshot("heatmap");

    // Stepping back to the first rule change redraws the map for that date.
    driver.findElement(By.cssSelector("#heatmap-steps a[data-date='2022-10-07']")).click();
    await(By.cssSelector("#heatmap-steps a[aria-current][data-date='2022-10-07']"));
    String then =
        answer("model=llama-3.1-70b&chip=h100-sxm&destination=CN&asOf=2022-10-07")
            .getString("answer");
    new WebDriverWait(driver, PATIENCE)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> then.equals(cell("llama-3.1-70b", "h100-sxm").getAttribute("data-answer")));

    cell("llama-3.1-70b", "h100-sxm").click();
    assertThat(
            await(By.cssSelector("#answer-card .answer-head .badge")).getAttribute("data-answer"))
        .isEqualTo(then);
  }

  @Test
  @Order(5)
  void theThresholdChartPlotsOnePointPerChipWhoseFiguresAreKnown() {
    Map<String, String> placed = classifiedByPolicyService(DATE);
    open("?view=thresholds&asOf=" + DATE);
    await(By.cssSelector("#threshold-chart"));
    Map<String, String> points = new HashMap<>();
    for (WebElement point : driver.findElements(By.cssSelector("#threshold-chart g.point"))) {
      points.put(point.getAttribute("data-chip"), point.getAttribute("data-class"));
    }
    assertThat(points).isNotEmpty().isEqualTo(placed);
    Set<String> listed =
        driver.findElements(By.cssSelector("#unplotted li")).stream()
            .map(li -> li.getAttribute("data-chip"))
            .collect(Collectors.toSet());
    Set<String> catalog = catalogChips().keySet();
    assertThat(listed).doesNotContainAnyElementsOf(points.keySet());
    assertThat(union(listed, points.keySet())).isEqualTo(catalog);
    assertThat(count("#threshold-chart g.region[data-clause='3A090.a.1']")).isEqualTo(1);
    screenshot("thresholds");

    driver.findElement(By.partialLinkText("2022 criteria")).click();
    await(By.cssSelector("#threshold-chart g.region[data-clause='3A090']"));
    assertThat(count("#threshold-chart g.region[data-clause='3A090.a.1']")).isZero();
  }

  @Test
  @Order(6)
  void withThePolicyServiceDownTheAnswerIsUnknownAndSaysWhy() {
    stack.stop("policy-service");
    new WebDriverWait(driver, PATIENCE)
        .until(
            d -> {
              open("?view=ask&model=llama-3.1-8b&chip=h100-sxm&destination=DE&asOf=" + DATE);
              WebElement badge = await(By.cssSelector("#answer-card .answer-head .badge"));
              return "UNKNOWN".equals(badge.getAttribute("data-answer"));
            });
    assertThat(driver.findElement(By.cssSelector("#answer-card .policy-unavailable")).getText())
        .contains("policy-service");
    screenshot("policy-down");
  }

  // --- helpers ---

  private void open(String query) {
    driver.get(stack.gatewayUrl() + "/" + query);
  }

  private WebElement await(By locator) {
    return new WebDriverWait(driver, PATIENCE)
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private int count(String css) {
    return ((Number)
            driver.executeScript("return document.querySelectorAll(arguments[0]).length", css))
        .intValue();
  }

  private String background(String css) {
    return driver.findElement(By.cssSelector(css)).getCssValue("background-color");
  }

  private WebElement cell(String model, String chip) {
    return driver.findElement(
        By.cssSelector(
            "#heatmap-table a.cell[data-model='" + model + "'][data-chip='" + chip + "']"));
  }

  private List<String> rowChips() {
    return driver.findElements(By.cssSelector("#options-table tbody tr")).stream()
        .map(tr -> tr.getAttribute("data-chip"))
        .toList();
  }

  /** The API's chipsRequired for each row, in the order the table now shows (fits only). */
  private List<Integer> chipsRequiredInRowOrder(List<Map<String, Object>> options) {
    Map<String, Object> required = new HashMap<>();
    options.forEach(o -> required.put((String) o.get("chip"), o.get("chipsRequired")));
    return rowChips().stream()
        .map(required::get)
        .filter(Integer.class::isInstance)
        .map(Integer.class::cast)
        .toList();
  }

  private JsonPath answer(String query) {
    return given()
        .baseUri(stack.gatewayUrl())
        .get("/api/v1/answer?" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private String problemDetail(String path, int status) {
    return given()
        .baseUri(stack.gatewayUrl())
        .get(path)
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .extract()
        .path("detail");
  }

  private static int total(String url) {
    return given().get(url + "?size=1").then().statusCode(200).extract().path("total");
  }

  /** Every chip in catalog-service, by slug. */
  private Map<String, Map<String, Object>> catalogChips() {
    List<Map<String, Object>> items =
        given()
            .get(stack.catalogUrl() + "/api/v1/chips?size=500")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    Map<String, Map<String, Object>> bySlug = new LinkedHashMap<>();
    items.forEach(item -> bySlug.put((String) item.get("slug"), item));
    return bySlug;
  }

  /**
   * Chip → class for every catalog chip that policy-service, asked directly with the catalog's
   * figures, gives both a TPP and a performance density.
   */
  private Map<String, String> classifiedByPolicyService(String asOf) {
    Map<String, String> placed = new HashMap<>();
    for (Map<String, Object> chip : catalogChips().values()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", chip.get("slug"));
      item.put("designerCountry", chip.get("designerCountry"));
      item.put("marketSegment", chip.get("marketSegment"));
      item.put("dieAreaMm2", chip.get("dieAreaMm2"));
      item.put("memoryBandwidthGBps", chip.get("memoryBandwidthGBps"));
      item.put("interconnectGBps", chip.get("scaleUpGBps"));
      Map<String, Object> tops = new LinkedHashMap<>();
      List<Map<String, Object>> compute = (List<Map<String, Object>>) chip.get("compute");
      for (Map<String, Object> figure :
          compute == null ? List.<Map<String, Object>>of() : compute) {
        if (figure.get("denseTflops") != null && !Boolean.FALSE.equals(figure.get("supported"))) {
          tops.put((String) figure.get("precision"), figure.get("denseTflops"));
        }
      }
      item.put("tops", tops);
      JsonPath classification =
          given()
              .contentType("application/json")
              .body(Map.of("item", item, "asOf", asOf))
              .post(stack.policyUrl() + "/api/v1/classifications")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      if (classification.get("tpp") != null && classification.get("performanceDensity") != null) {
        placed.put((String) chip.get("slug"), classification.getString("class"));
      }
    }
    return placed;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  private static Map<String, String> query(String url) {
    String query = url.substring(url.indexOf('?') + 1);
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      parameters.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return parameters;
  }

  /** The whole page, not just the window: the window is stretched to the page for the shot. */
  private void screenshot(String name) {
    Dimension window = driver.manage().window().getSize();
    long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new Dimension(window.getWidth(), (int) height + 120));
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(window);
    }
  }
}
