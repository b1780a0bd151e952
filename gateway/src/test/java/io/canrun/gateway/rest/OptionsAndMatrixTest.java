package io.canrun.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.canrun.gateway.PolicyStub;
import io.canrun.gateway.PolicyStub.Pair;
import io.canrun.gateway.PolicyStub.Regime;
import io.canrun.gateway.Upstreams;
import io.canrun.testsupport.ProblemAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OptionsAndMatrixTest {

  private static final AtomicLong VERSIONS = new AtomicLong(500);
  private static final Regime NLR = Regime.of("NO_LICENSE_REQUIRED", null, "baseline");
  private static final Regime NA = Regime.of("NOT_APPLICABLE", null, "foreign");
  private static final Regime DENIED = Regime.of("LICENSE_REQUIRED", "PRESUMPTION_OF_DENIAL", "d");
  private static final Regime CASE = Regime.of("LICENSE_REQUIRED", "CASE_BY_CASE", "c");

  @Inject CircuitBreakerMaintenance breakers;
  private long version;

  @BeforeEach
  void upstreams() {
    Upstreams.serveCatalog();
    version = VERSIONS.incrementAndGet();
    PolicyStub.reset(version);
    breakers.resetAll();
  }

  @Test
  void optionsRankPermittedAndFeasibleChipsFirst() {
    PolicyStub.batch(
        version,
        new Pair("mtt-s5000", "CN", NA, NLR),
        new Pair("h100-sxm", "CN", CASE, NLR),
        new Pair("h20", "CN", CASE, Regime.of("DISCOURAGED", null, "cn-h20")),
        new Pair("a100-sxm-80gb", "CN", DENIED, NLR),
        new Pair("zhenwu-m890", "CN", NA, NLR));
    List<Map<String, Object>> options =
        given()
            .get("/api/v1/options?model=llama-3.1-70b&destination=CN&precision=BF16")
            .then()
            .statusCode(200)
            .body("policyAvailable", equalTo(true))
            .body("options", hasSize(5))
            .extract()
            .path("options");
    assertThat(options.get(0).get("chip")).isEqualTo("mtt-s5000");
    assertThat(options.get(0).get("answer")).isEqualTo("YES");
    assertThat(options)
        .extracting(o -> o.get("answer"))
        .containsSubsequence("YES", "CONDITIONAL", "NO");
    // Within an answer, chips are ranked by decode throughput per chip.
    List<Float> conditional =
        options.stream()
            .filter(o -> "CONDITIONAL".equals(o.get("answer")))
            .map(o -> (Float) o.get("throughputPerChip"))
            .toList();
    assertThat(conditional).hasSize(2).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    assertThat(options).extracting(o -> o.get("rank")).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void optionsWithoutPolicyAreNeverYes() {
    PolicyStub.failEvaluations(503);
    given()
        .get("/api/v1/options?model=llama-3.1-70b&destination=CN")
        .then()
        .statusCode(200)
        .body("policyAvailable", equalTo(false))
        .body("options.findAll { it.answer == 'YES' }", hasSize(0));
  }

  @Test
  void matrixAnswersEveryCellFromBatchedCalls() {
    PolicyStub.batch(
        version,
        new Pair("h100-sxm", "CN", DENIED, NLR),
        new Pair("h100-sxm", "DE", NLR, NA),
        new Pair("mtt-s5000", "CN", NA, NLR),
        new Pair("mtt-s5000", "DE", NA, NA));
    given()
        .contentType("application/json")
        .body(
            Map.of(
                "models", List.of("llama-3.1-70b", "qwen3.5-397b-a17b"),
                "chips", List.of("h100-sxm", "mtt-s5000"),
                "destinations", List.of("CN", "DE"),
                "asOf", "2026-11-22"))
        .post("/api/v1/matrix")
        .then()
        .statusCode(200)
        .body("cells", hasSize(8))
        .body("technical", hasSize(4))
        .body("policy", hasSize(4))
        .body(
            "cells.find { it.model == 'llama-3.1-70b' && it.chip == 'h100-sxm' && it.destination == 'CN' }.answer",
            equalTo("NO"))
        .body(
            "cells.find { it.model == 'llama-3.1-70b' && it.chip == 'h100-sxm' && it.destination == 'DE' }.answer",
            equalTo("YES"))
        .body(
            "cells.find { it.model == 'qwen3.5-397b-a17b' && it.chip == 'mtt-s5000' && it.destination == 'CN' }.answer",
            equalTo("YES"));
    // One evaluation call for all 4 chip-destination pairs, never one per cell.
    assertThat(
            Upstreams.policy()
                .countRequestsMatching(
                    postRequestedFor(urlPathEqualTo("/api/v1/evaluations")).build())
                .getCount())
        .isEqualTo(1);
  }

  @Test
  void matrixRefusesUnknownSlugsAndBadBodies() {
    ProblemAssertions.assertProblem(
        given()
            .contentType("application/json")
            .body(
                Map.of(
                    "models",
                    List.of("llama-3.1-70"),
                    "chips",
                    List.of("h100-sxm"),
                    "destinations",
                    List.of("CN")))
            .post("/api/v1/matrix")
            .then(),
        404,
        "not-found");
    ProblemAssertions.assertProblem(
        given()
            .contentType("application/json")
            .body(
                Map.of(
                    "models",
                    List.of(),
                    "chips",
                    List.of("h100-sxm"),
                    "destinations",
                    List.of("XX")))
            .post("/api/v1/matrix")
            .then(),
        400,
        "validation-failed");
    ProblemAssertions.assertProblem(
        given()
            .contentType("application/json")
            .body("{\"models\": [")
            .post("/api/v1/matrix")
            .then(),
        400,
        "malformed-body");
  }
}
