package io.canrun.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.canrun.gateway.Upstreams;
import io.canrun.testsupport.ProblemAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /thresholds against stand-in upstreams. The criteria served are the 3A090 text (2022 and 2023
 * vintages, shared/data/export-controls.md §1); the classifications are the figures of that sheet's
 * §6, so every expected value traces to the regulation or the catalog stub.
 */
@QuarkusTest
class ThresholdsResourceTest {

  private static final String CRITERIA_2023 =
      "{\"asOf\":\"2026-11-22\",\"vintage\":\"V2023\",\"criteria\":["
          + prong("3A090.a.1", "3A090.a", test("tpp", ">=", 4800))
          + ","
          + prong(
              "3A090.a.2",
              "3A090.a",
              test("tpp", ">=", 1600) + "," + test("performanceDensity", ">=", 5.92))
          + ","
          + prong(
              "3A090.b.1",
              "3A090.b",
              test("tpp", ">=", 2400)
                  + ","
                  + test("tpp", "<", 4800)
                  + ","
                  + test("performanceDensity", ">=", 1.6)
                  + ","
                  + test("performanceDensity", "<", 5.92))
          + ","
          + prong(
              "3A090.b.2",
              "3A090.b",
              test("tpp", ">=", 1600)
                  + ","
                  + test("performanceDensity", ">=", 3.2)
                  + ","
                  + test("performanceDensity", "<", 5.92))
          + ",{\"clause\":\"3A090 Note 2\",\"resultClass\":null,\"kind\":\"EXEMPTION\",\"tests\":["
          + test("datacenter", "==", 0)
          + ","
          + test("tpp", "<", 4800)
          + "],\"citation\":\"ECCN 3A090, Note 2\",\"note\":\"Not for datacenters.\"}]}";

  private static final String CRITERIA_2022 =
      "{\"asOf\":\"2023-01-15\",\"vintage\":\"V2022\",\"criteria\":["
          + prong(
              "3A090", "3A090", test("tpp", ">=", 4800) + "," + test("interconnectGBps", ">=", 600))
          + "]}";

  @Inject CircuitBreakerMaintenance breakers;

  @BeforeEach
  void upstreams() {
    Upstreams.serveCatalog();
    Upstreams.policy().resetAll();
    breakers.resetAll();
  }

  @Test
  void everyChipIsPlacedByPolicyServiceAndUnknownFiguresAreNamed() {
    criteria(CRITERIA_2023);
    classificationsOfTheStubChips();

    given()
        .get("/api/v1/thresholds?asOf=2026-11-22")
        .then()
        .statusCode(200)
        .body("asOf", equalTo("2026-11-22"))
        .body("vintage", equalTo("V2023"))
        .body("stale", equalTo(false))
        .body(
            "chips.slug", contains("a100-sxm-80gb", "h100-sxm", "h20", "mtt-s5000", "zhenwu-m890"))
        .body("chips[1].name", equalTo("H100 SXM5 80GB"))
        .body("chips[1].class", equalTo("3A090.a"))
        .body("chips[1].tpp", equalTo(15831.2f))
        .body("chips[1].performanceDensity", equalTo(19.45f))
        .body("chips[1].memoryBandwidthGBps", equalTo(3350f))
        .body("chips[1].unknown", empty())
        .body("chips[3].unknown", contains("performanceDensity"))
        .body("chips[4].unknown", contains("tpp", "performanceDensity"))
        .body("chips[4].notes[0]", containsString("unknown"))
        .body("regions.clause", contains("3A090.a.1", "3A090.a.2", "3A090.b.1", "3A090.b.2"))
        .body("regions[0].class", equalTo("3A090.a"))
        .body("regions[0].tpp.min", equalTo(4800f))
        .body("regions[0].tpp.max", nullValue())
        .body("regions[0].performanceDensity.min", nullValue())
        .body("regions[2].tpp.min", equalTo(2400f))
        .body("regions[2].tpp.max", equalTo(4800f))
        .body("regions[2].performanceDensity.min", equalTo(1.6f))
        .body("regions[2].performanceDensity.max", equalTo(5.92f))
        .body("regions[2].alsoRequires", empty())
        .body("qualifications[0].clause", equalTo("3A090 Note 2"))
        .body("qualifications[0].kind", equalTo("EXEMPTION"))
        .body("qualifications[0].tests", contains("datacenter == 0", "tpp < 4800"))
        .body("reviewBands[0].inForce", equalTo(true))
        .body("reviewBands[0].appliesToClass", equalTo("3A090.a"))
        .body("reviewBands[0].tppBelow", equalTo(21000f))
        .body("reviewBands[0].memoryBandwidthBelowGBps", equalTo(6500f))
        .body("reviewBands[0].citation", containsString("91 FR 1684"));

    // The item sent is the catalog's description of the chip (figures from stubs/chips.json).
    Upstreams.policy()
        .verify(
            postRequestedFor(urlPathEqualTo("/api/v1/classifications"))
                .withRequestBody(matchingJsonPath("$.item.id", WireMock.equalTo("h100-sxm")))
                .withRequestBody(matchingJsonPath("$.item.tops.FP8", WireMock.equalTo("1978.9")))
                .withRequestBody(matchingJsonPath("$.item.dieAreaMm2", WireMock.equalTo("814.0")))
                .withRequestBody(
                    matchingJsonPath("$.item.marketSegment", WireMock.equalTo("DATACENTER")))
                .withRequestBody(matchingJsonPath("$.asOf", WireMock.equalTo("2026-11-22"))));
  }

  @Test
  void the2022VintageKeepsItsInterconnectTestBesideTheChartAndTheBandIsNotYetInForce() {
    criteria(CRITERIA_2022);
    for (String chip : new String[] {"a100-sxm-80gb", "h100-sxm", "h20", "mtt-s5000"}) {
      classification(chip, "3A090", "4992.0", "6.04");
    }
    classification("zhenwu-m890", "unknown", "null", "null");

    given()
        .get("/api/v1/thresholds?asOf=2023-01-15")
        .then()
        .statusCode(200)
        .body("vintage", equalTo("V2022"))
        .body("regions.clause", contains("3A090"))
        .body("regions[0].tpp.min", equalTo(4800f))
        .body("regions[0].alsoRequires", contains("interconnectGBps ≥ 600"))
        .body("qualifications", empty())
        .body("reviewBands[0].inForce", equalTo(false));
  }

  @Test
  void aTestWithoutAThresholdIsSaidInWordsNotDrawn() {
    criteria(
        "{\"asOf\":\"2026-11-22\",\"vintage\":\"V2099\",\"criteria\":["
            + prong(
                "3A090.x",
                "3A090.x",
                "{\"metric\":\"tpp\",\"comparison\":\">=\",\"threshold\":null,"
                    + "\"text\":\"tpp ≥ (not published)\"}")
            + "]}");
    classificationsOfTheStubChips();
    given()
        .get("/api/v1/thresholds?asOf=2026-11-22")
        .then()
        .statusCode(200)
        .body("regions[0].tpp.min", nullValue())
        .body("regions[0].alsoRequires", contains("tpp ≥ (not published)"));
  }

  @Test
  void withoutPolicyServiceThereIsNoChartNotAGuess() {
    Upstreams.policy()
        .stubFor(
            get(urlPathEqualTo("/api/v1/classifications/criteria"))
                .willReturn(aResponse().withStatus(503)));
    ProblemAssertions.assertProblem(
            given().get("/api/v1/thresholds?asOf=2026-11-22").then(), 503, "upstream-unavailable")
        .body("detail", containsString("policy-service"));
  }

  @Test
  void aClassificationThatFailsFailsTheWholeChart() {
    criteria(CRITERIA_2023);
    Upstreams.policy()
        .stubFor(
            post(urlPathEqualTo("/api/v1/classifications"))
                .willReturn(aResponse().withStatus(500).withBody("{}")));
    ProblemAssertions.assertProblem(
            given().get("/api/v1/thresholds?asOf=2026-11-22").then(), 503, "upstream-unavailable")
        .body("detail", containsString("policy-service"))
        .body(not(containsString("3A090.a")));
  }

  @Test
  void aChipPolicyServiceRefusesIsListedUnplacedWithTheReason() {
    criteria(CRITERIA_2023);
    classificationsOfTheStubChips();
    Upstreams.policy()
        .stubFor(
            post(urlPathEqualTo("/api/v1/classifications"))
                .withRequestBody(matchingJsonPath("$.item.id", WireMock.equalTo("mtt-s5000")))
                .willReturn(
                    aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":400,\"detail\":\"bad figure\"}")));

    given()
        .get("/api/v1/thresholds?asOf=2026-11-22")
        .then()
        .statusCode(200)
        .body("chips.find { it.slug == 'mtt-s5000' }.class", nullValue())
        .body(
            "chips.find { it.slug == 'mtt-s5000' }.unknown", contains("tpp", "performanceDensity"))
        .body("chips.find { it.slug == 'mtt-s5000' }.notes[0]", containsString("refused"))
        .body("chips.find { it.slug == 'h100-sxm' }.class", equalTo("3A090.a"));
  }

  @Test
  void aBadDateOrAnUnknownParameterIsABadRequestNamingIt() {
    ProblemAssertions.assertProblem(
            given().get("/api/v1/thresholds?asOf=2026-13-01").then(), 400, "invalid-parameter")
        .body("detail", containsString("asOf"));
    ProblemAssertions.assertProblem(
            given().get("/api/v1/thresholds?asof=2026-01-01").then(), 400, "invalid-parameter")
        .body("detail", containsString("asof"))
        .body("detail", containsString("asOf"));
  }

  @Test
  void withoutADateItIsToday() {
    criteria(CRITERIA_2023);
    Upstreams.policy()
        .stubFor(
            post(urlPathEqualTo("/api/v1/classifications"))
                .willReturn(okJson(classificationJson("unknown", "null", "null"))));
    given()
        .get("/api/v1/thresholds")
        .then()
        .statusCode(200)
        .body("asOf", equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
        .body("chips.class", hasItem("unknown"));
  }

  /**
   * The five chips of stubs/chips.json under the 2023 rules: TPP = dense TOPS × bits, PD = TPP /
   * die area from their catalog figures (export-controls.md §6 lists the first three); the MTT
   * S5000 has no die area and the Zhenwu M890 no dense figure.
   */
  private static void classificationsOfTheStubChips() {
    classification("a100-sxm-80gb", "3A090.a", "4992.0", "6.04");
    classification("h100-sxm", "3A090.a", "15831.2", "19.45");
    classification("h20", "not-controlled", "2368.0", "2.91");
    classification("mtt-s5000", "3A090.a", "8000.0", "null");
    classification("zhenwu-m890", "unknown", "null", "null");
  }

  private static void criteria(String body) {
    Upstreams.policy()
        .stubFor(get(urlPathEqualTo("/api/v1/classifications/criteria")).willReturn(okJson(body)));
  }

  private static void classification(String chip, String eccnClass, String tpp, String density) {
    Upstreams.policy()
        .stubFor(
            post(urlPathEqualTo("/api/v1/classifications"))
                .withRequestBody(matchingJsonPath("$.item.id", WireMock.equalTo(chip)))
                .willReturn(okJson(classificationJson(eccnClass, tpp, density))));
  }

  private static String classificationJson(String eccnClass, String tpp, String density) {
    String note =
        "null".equals(tpp)
            ? "TPP unknown: no dense throughput figure was given."
            : "null".equals(density)
                ? "Performance density unknown: no die area."
                : "TPP = max over precisions of dense TOPS × bit length.";
    return String.format(
        Locale.ROOT,
        "{\"class\":\"%s\",\"tpp\":%s,\"tppPrecision\":\"FP8\",\"performanceDensity\":%s,"
            + "\"vintage\":\"V2023\",\"notes\":[\"%s\"]}",
        eccnClass,
        tpp,
        density,
        note);
  }

  private static String prong(String clause, String eccnClass, String tests) {
    return String.format(
        Locale.ROOT,
        "{\"clause\":\"%s\",\"resultClass\":\"%s\",\"kind\":\"PRONG\",\"tests\":[%s],"
            + "\"citation\":\"ECCN %s\",\"note\":null}",
        clause,
        eccnClass,
        tests,
        clause);
  }

  private static String test(String metric, String comparison, double threshold) {
    String symbol =
        switch (comparison) {
          case ">=" -> "≥";
          case "<=" -> "≤";
          default -> comparison;
        };
    return String.format(
        Locale.ROOT,
        "{\"metric\":\"%s\",\"comparison\":\"%s\",\"threshold\":%s,\"text\":\"%s %s %s\"}",
        metric,
        comparison,
        threshold,
        metric,
        symbol,
        new BigDecimal(Double.toString(threshold)).stripTrailingZeros().toPlainString());
  }
}
