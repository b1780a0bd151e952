package io.canrun.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.canrun.gateway.PolicyStub;
import io.canrun.gateway.PolicyStub.Pair;
import io.canrun.gateway.PolicyStub.Regime;
import io.canrun.gateway.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The serving engine, the request shape and the concurrency reach the feasibility engine through
 * /answer, /options and /matrix alike, and the answer shows what the estimate made of them.
 * Expected figures come from the data files' rows and memory arithmetic, not from a previous run.
 */
@QuarkusTest
class RequestShapeTest {

  private static final AtomicLong VERSIONS = new AtomicLong(700);
  private static final Regime NLR = Regime.of("NO_LICENSE_REQUIRED", null, "baseline");
  private static final Regime CASE = Regime.of("LICENSE_REQUIRED", "CASE_BY_CASE", "c");

  /** Llama 3.1 70B on H20s to China under SGLang, 2,048-token prompts, 256 out, as many as fit. */
  private static final String SHAPE =
      "engine=sglang&inputTokens=2048&outputTokens=256&concurrency=max";

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
  void withoutAShapeTheDefaultsAreEchoed() {
    PolicyStub.verdict("h100-sxm", "DE", version, NLR, NLR);
    answer("model=llama-3.1-70b&chip=h100-sxm&destination=DE")
        // The defaults: vLLM, one request, one output token after a prompt that fills the 32k
        // context (32,768 - 1).
        .body("query.engine", equalTo("vllm"))
        .body("query.context", equalTo(32_768))
        .body("query.inputTokens", equalTo(32_767))
        .body("query.outputTokens", equalTo(1))
        .body("query.concurrency", equalTo(1))
        .body("technical.engine", equalTo("vllm"))
        .body("technical.inputTokens", equalTo(32_767))
        .body("technical.outputTokens", equalTo(1))
        .body("technical.concurrency", equalTo(1))
        .body("technical.concurrencyWasMax", equalTo(false));
  }

  @Test
  void theShapeIsEchoedAsAskedAndDrivesTheEstimate() {
    PolicyStub.verdict("h20", "CN", version, CASE, NLR);
    answer("model=llama-3.1-70b&chip=h20&destination=CN&" + SHAPE)
        .body("query.engine", equalTo("sglang"))
        .body("query.inputTokens", equalTo(2048))
        .body("query.outputTokens", equalTo(256))
        .body("query.concurrency", equalTo("max"))
        .body("technical.engine", equalTo("sglang"))
        .body("technical.inputTokens", equalTo(2048))
        .body("technical.outputTokens", equalTo(256))
        .body("technical.concurrencyWasMax", equalTo(true))
        // calibration.tsv has a row fitted on SGLang BF16 on the H20 itself (D8): η 0.339, ±15 %.
        .body("technical.performance.calibration.decodeRow", equalTo("h20-sglang-dense"))
        .body("technical.performance.calibration.decodeEfficiency", equalTo(0.339f))
        .body("technical.performance.timePerOutputTokenMs", not(nullValue()))
        .body("technical.performance.outputTokensPerSecond", not(nullValue()))
        .body("technical.memory.budgetRule", containsString("SGLang"));
  }

  @Test
  void theEngineChoosesTheCalibrationRow() {
    PolicyStub.verdict("h100-sxm", "DE", version, NLR, NLR);
    String fp8 =
        "model=llama-3.1-70b&chip=h100-sxm&destination=DE&precision=FP8"
            + "&inputTokens=2000&outputTokens=500";
    // vLLM has no row of its own: the engine class 'graph' rows (dense decode, prefill) apply.
    answer(fp8)
        .body("technical.engine", equalTo("vllm"))
        .body("technical.performance.calibration.decodeRow", equalTo("graph-dense"))
        .body("technical.performance.calibration.prefillRow", equalTo("graph-prefill"));
    // TensorRT-LLM FP8 on Hopper (the H100's family) has fitted rows for dense decode and prefill.
    answer(fp8 + "&engine=trtllm")
        .body("query.engine", equalTo("trtllm"))
        .body("technical.engine", equalTo("trtllm"))
        .body("technical.performance.calibration.decodeRow", equalTo("hopper-trtllm-w8-dense"))
        .body("technical.performance.calibration.prefillRow", startsWith("hopper-trtllm-prefill"));
  }

  @Test
  void concurrencyMaxServesAsManyAsTheKvCacheHolds() {
    PolicyStub.verdict("h100-sxm", "DE", version, NLR, NLR);
    JsonPath technical =
        answer(
                "model=llama-3.1-70b&chip=h100-sxm&destination=DE&precision=FP8"
                    + "&inputTokens=2000&outputTokens=500&concurrency=MAX")
            .body("query.concurrency", equalTo("max"))
            .body("technical.concurrencyWasMax", equalTo(true))
            // 70.6B FP8 weights are about 66 GiB: with vLLM's reserve one H100's 71.6 GiB budget
            // (0.9 of 79.6) cannot also hold a KV cache, so TP1 is refused and TP2 is the answer.
            .body("technical.chipsRequired", equalTo(2))
            .body("technical.layout.tensorParallel", equalTo(2))
            .body("technical.layout.pipelineStages", equalTo(1))
            .body("technical.layout.replicas", equalTo(1))
            .body("technical.layout.nodes", equalTo(1))
            .body("technical.rejectedLayouts", hasItem(startsWith("TP1")))
            .extract()
            .jsonPath()
            .setRootPath("technical");
    // Per chip about 71.6 - 33.9 (half the weights) - 5 to 8 GiB of reserve = 30 to 33 GiB of KV
    // cache at 160 KiB per token (80 layers x 8 KV heads x 128 x 2 x BF16, halved by TP2): 196k to
    // 216k tokens, so 78 to 86 requests of 2,500 tokens.
    int served = technical.getInt("concurrency");
    assertThat(served).isBetween(70, 95);
    assertThat(technical.getLong("memory.kvCacheCapacityTokens"))
        .isGreaterThanOrEqualTo(served * 2_500L)
        .isBetween(180_000L, 240_000L);
    assertThat(technical.getFloat("performance.outputTokensPerSecond"))
        .as("all requests together out-produce one alone")
        .isGreaterThan(technical.getFloat("performance.decodeTokensPerSecond"));
    Map<String, Float> decodeRange = technical.getMap("performance.range.decodeTokensPerSecond");
    assertThat(decodeRange.get("low"))
        .isLessThan(technical.getFloat("performance.decodeTokensPerSecond"))
        .isLessThan(decodeRange.get("high"));
  }

  @Test
  void optionsAndMatrixAgreeWithTheAnswerForTheSameShape() {
    PolicyStub.batch(
        version, new Pair("h20", "CN", CASE, NLR), new Pair("h100-sxm", "CN", CASE, NLR));
    PolicyStub.verdict("h20", "CN", version, CASE, NLR);
    JsonPath single =
        answer("model=llama-3.1-70b&chip=h20&destination=CN&" + SHAPE).extract().jsonPath();

    Map<String, Object> option =
        given()
            .get("/api/v1/options?model=llama-3.1-70b&destination=CN&" + SHAPE)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("options.find { it.chip == 'h20' }");
    assertThat(option.get("chipsRequired")).isEqualTo(single.get("technical.chipsRequired"));
    assertThat(option.get("precision")).isEqualTo(single.get("technical.precision"));
    assertThat(option.get("decodeTokensPerSecond"))
        .isEqualTo(single.get("technical.performance.decodeTokensPerSecond"));
    assertThat(option.get("answer")).isEqualTo(single.get("answer"));

    Map<String, Object> cell =
        given()
            .contentType("application/json")
            .body(
                Map.of(
                    "models",
                    List.of("llama-3.1-70b"),
                    "chips",
                    List.of("h20"),
                    "destinations",
                    List.of("CN"),
                    "engine",
                    "sglang",
                    "inputTokens",
                    2048,
                    "outputTokens",
                    256,
                    "concurrency",
                    "max"))
            .post("/api/v1/matrix")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("technical[0]");
    assertThat(cell.get("chipsRequired")).isEqualTo(single.get("technical.chipsRequired"));
    assertThat(cell.get("decodeTokensPerSecond"))
        .isEqualTo(single.get("technical.performance.decodeTokensPerSecond"));

    // And the terms made a difference: under vLLM the engine-class row (η 0.583) applies, not
    // SGLang's H20 row (η 0.339), so one request decodes faster on the same chips.
    float vllm =
        given()
            .get("/api/v1/options?model=llama-3.1-70b&destination=CN")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getFloat("options.find { it.chip == 'h20' }.decodeTokensPerSecond");
    assertThat(single.getFloat("technical.performance.decodeTokensPerSecond")).isLessThan(vllm);
  }

  @Test
  void theMatrixTakesAFixedConcurrencyAsANumber() {
    PolicyStub.batch(version, new Pair("h100-sxm", "DE", NLR, NLR));
    // One 32k sequence of Llama 3.1 70B keeps 10 GiB of BF16 KV cache (80 layers x 8 KV heads x
    // 128 x 2 x 2 bytes per token). Sixteen keep 160 GiB: over TP4 that is 40 GiB per chip beside
    // 32.9 GiB of weights, past the 71.6 GiB budget, so more than the 4 chips one request needs.
    given()
        .contentType("application/json")
        .body(
            Map.of(
                "models", List.of("llama-3.1-70b"),
                "chips", List.of("h100-sxm"),
                "destinations", List.of("DE"),
                "precision", "BF16",
                "concurrency", 16))
        .post("/api/v1/matrix")
        .then()
        .statusCode(200)
        .body("technical[0].fits", equalTo(true))
        .body("technical[0].chipsRequired", allOf(greaterThan(4), lessThan(17)));
  }

  private static io.restassured.response.ValidatableResponse answer(String query) {
    return given()
        .get("/api/v1/answer?" + query)
        .then()
        .statusCode(200)
        .contentType("application/json");
  }
}
