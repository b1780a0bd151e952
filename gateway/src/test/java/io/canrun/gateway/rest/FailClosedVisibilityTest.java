package io.canrun.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.canrun.gateway.Meters;
import io.canrun.gateway.PolicyStub;
import io.canrun.gateway.PolicyStub.Regime;
import io.canrun.gateway.Upstreams;
import io.canrun.gateway.monitoring.AnswerOutcomes;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failing closed is visible: every answer is counted in canrun_answers_total{answer, reason}, an
 * answer that turned UNKNOWN for lack of a verdict or rests on a stale catalog logs a WARN with the
 * reason, and both caches meter their hits and misses.
 */
@QuarkusTest
class FailClosedVisibilityTest {

  private static final AtomicLong VERSIONS = new AtomicLong(60_000);
  private static final Regime NOT_APPLICABLE = Regime.of("NOT_APPLICABLE", null, "ear-foreign");
  private static final Regime NLR = Regime.of("NO_LICENSE_REQUIRED", null, "baseline-nlr");
  private static final String YES =
      "/api/v1/answer?model=qwen3.5-397b-a17b&chip=mtt-s5000&destination=CN&precision=FP8";

  @Inject MeterRegistry registry;
  @Inject CircuitBreakerMaintenance breakers;

  private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private long version;

  @BeforeEach
  void freshUpstreamsAndALogCapture() {
    Upstreams.serveCatalog();
    breakers.resetAll();
    version = VERSIONS.incrementAndGet();
    PolicyStub.reset(version);
    Logger.getLogger(AnswerOutcomes.class.getName()).addHandler(capture);
  }

  @AfterEach
  void restore() {
    Logger.getLogger(AnswerOutcomes.class.getName()).removeHandler(capture);
    Upstreams.serveCatalog();
    breakers.resetAll();
  }

  @Test
  void anUnknownForLackOfAVerdictIsCountedAndWarnedWithTheReason() {
    PolicyStub.failEvaluations(500);
    double before = answers("UNKNOWN", "policy-unavailable");

    given().get(YES).then().statusCode(200).body("answer", equalTo("UNKNOWN"));

    assertThat(answers("UNKNOWN", "policy-unavailable")).isEqualTo(before + 1);
    assertThat(warnings)
        .extracting(this::text)
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("/answer qwen3.5-397b-a17b on mtt-s5000 to CN")
                    .contains("UNKNOWN for lack of a policy verdict")
                    .contains("HTTP 500"));
  }

  @Test
  void anAnswerFromAStaleCatalogIsCountedAndWarned() {
    PolicyStub.verdict("mtt-s5000", "CN", version, NOT_APPLICABLE, NLR);
    given().get(YES).then().statusCode(200).body("stale", equalTo(false));
    double before = answers("YES", "catalog-stale");

    Upstreams.catalog().resetAll();
    Upstreams.catalog().stubFor(get(anyUrl()).willReturn(aResponse().withStatus(500)));
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> given().get(YES).then().body("stale", equalTo(true)));

    assertThat(answers("YES", "catalog-stale")).isGreaterThan(before);
    assertThat(warnings)
        .extracting(this::text)
        .anySatisfy(line -> assertThat(line).contains("stale"));

    // Once the catalog answers again, answers are fresh again (and the next test starts so).
    Upstreams.serveCatalog();
    breakers.resetAll();
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> given().get(YES).then().body("stale", equalTo(false)));
  }

  @Test
  void aRepeatedAnswerIsARenderedCacheHitAndStillCounted() {
    PolicyStub.verdict("mtt-s5000", "CN", version, NOT_APPLICABLE, NLR);
    double yes = answers("YES", "none");
    double hits = gets("rendered-answers", "hit");
    double misses = gets("rendered-answers", "miss");

    given().get(YES).then().body("answer", equalTo("YES"));
    given().get(YES).then().body("answer", equalTo("YES"));

    assertThat(gets("rendered-answers", "miss")).isEqualTo(misses + 1);
    assertThat(gets("rendered-answers", "hit")).isEqualTo(hits + 1);
    assertThat(answers("YES", "none")).isEqualTo(yes + 2);
    assertThat(warnings).isEmpty();
  }

  @Test
  void aVerdictAlreadyFetchedIsAVerdictCacheHit() {
    PolicyStub.verdict("mtt-s5000", "CN", version, NOT_APPLICABLE, NLR);
    double hits = gets("policy-verdicts", "hit");
    double misses = gets("policy-verdicts", "miss");

    given().get(YES).then().body("answer", equalTo("YES"));
    // Another context is another answer, but the same item, destination and version: one verdict.
    given().get(YES + "&context=8192").then().body("answer", equalTo("YES"));

    assertThat(gets("policy-verdicts", "miss")).isEqualTo(misses + 1);
    assertThat(gets("policy-verdicts", "hit")).isEqualTo(hits + 1);
  }

  @Test
  void prometheusShowsTheCountersUnderTheirDocumentedNames() {
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(
            containsString(
                "canrun_answers_total{answer=\"UNKNOWN\",reason=\"policy-unavailable\"}"))
        .body(containsString("cache_gets_total{cache=\"policy-verdicts\",result=\"hit\"}"))
        .body(containsString("cache_gets_total{cache=\"rendered-answers\",result=\"miss\"}"));
  }

  private double answers(String answer, String reason) {
    return Meters.answers(registry, answer, reason);
  }

  private double gets(String cache, String result) {
    return Meters.cacheGets(registry, cache, result);
  }

  private String text(LogRecord record) {
    Object[] parameters = record.getParameters();
    return parameters == null
        ? record.getMessage()
        : String.format(record.getMessage(), parameters);
  }
}
