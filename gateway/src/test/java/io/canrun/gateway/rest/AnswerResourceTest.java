package io.canrun.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.http.Fault;
import io.canrun.gateway.PolicyStub;
import io.canrun.gateway.PolicyStub.Regime;
import io.canrun.gateway.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of answer, and every way the policy service can fail (never YES). */
@QuarkusTest
class AnswerResourceTest {

  private static final AtomicLong VERSIONS = new AtomicLong(100);
  private static final Regime NOT_APPLICABLE = Regime.of("NOT_APPLICABLE", null, "ear-foreign");
  private static final Regime NLR = Regime.of("NO_LICENSE_REQUIRED", null, "baseline-nlr");

  @Inject CircuitBreakerMaintenance breakers;

  private long version;

  @BeforeEach
  void freshUpstreams() {
    Upstreams.serveCatalog();
    version = VERSIONS.incrementAndGet();
    PolicyStub.reset(version);
    breakers.resetAll();
  }

  @Test
  void yesWhenItFitsAndNoRegimeStandsInTheWay() {
    PolicyStub.verdict("mtt-s5000", "CN", version, NOT_APPLICABLE, NLR);
    answer("model=qwen3.5-397b-a17b&chip=mtt-s5000&destination=CN&precision=FP8")
        .body("answer", equalTo("YES"))
        // 369 GiB of FP8 weights over 72 GiB budgets: TP8 in one node (6 chips are no layout).
        .body("summary", startsWith("Yes — 8 × MTT S5000 at FP8 hold Qwen3.5-397B-A17B with 32k"))
        .body("technical.fits", equalTo(true))
        .body("technical.chipsRequired", equalTo(8))
        .body("technical.performance.decodeTokensPerSecond", not(nullValue()))
        .body("policy.verdict", equalTo("NO_LICENSE_REQUIRED"))
        .body("policy.policyVersion", equalTo((int) version))
        .body("compatibility.status", equalTo("VERIFIED"))
        .body("sources.about", hasItem("chip mtt-s5000 (specs)"))
        .body("stale", equalTo(false));
  }

  @Test
  void noWhenALicenceWouldBeDenied() {
    PolicyStub.verdict(
        "h100-sxm",
        "CN",
        version,
        Regime.of("LICENSE_REQUIRED", "PRESUMPTION_OF_DENIAL", "ear-cn"),
        NLR);
    answer("model=llama-3.1-70b&chip=h100-sxm&destination=CN&asOf=2023-01-15")
        .body("answer", equalTo("NO"))
        .body("summary", containsString("presumption of denial"))
        .body("policy.regimes[0].rules[0].id", equalTo("ear-cn"))
        .body("query.asOf", equalTo("2023-01-15"));
  }

  @Test
  void noWhenItDoesNotFitTheChipsGiven() {
    PolicyStub.verdict("h100-sxm", "DE", version, NLR, NOT_APPLICABLE);
    answer("model=llama-3.1-405b&chip=h100-sxm&destination=DE&count=1")
        .body("answer", equalTo("NO"))
        .body("technical.fits", equalTo(false))
        .body("summary", containsString("is not enough"));
  }

  @Test
  void conditionalUnderCaseByCaseReview() {
    Regime caseByCase =
        new Regime(
            "LICENSE_REQUIRED", "CASE_BY_CASE", "ear-cn-2026", "Third-party testing in the US");
    PolicyStub.verdict(
        "h100-sxm", "CN", version, caseByCase, Regime.of("DISCOURAGED", null, "cn-h"));
    answer("model=llama-3.1-70b&chip=h100-sxm&destination=CN")
        .body("answer", equalTo("CONDITIONAL"))
        .body("summary", containsString("case-by-case"))
        .body("policy.regimes[0].conditions", hasItem("Third-party testing in the US"));
  }

  @Test
  void unknownWhenARegimeIsUnknown() {
    PolicyStub.verdict("h20", "CN", version, NLR, Regime.of("UNKNOWN", null, "cn-unsettled"));
    answer("model=llama-3.1-70b&chip=h20&destination=CN")
        .body("answer", equalTo("UNKNOWN"))
        .body("summary", containsString("China's import measures is unknown (stub rule)"))
        .body("summary", containsString("never answers yes"));
  }

  @Test
  void unknownWhenTheFitCannotBeDecided() {
    PolicyStub.verdict("mtt-s5000", "CN", version, NOT_APPLICABLE, NLR);
    answer("model=jiutian-35b&chip=mtt-s5000&destination=CN")
        .body("answer", equalTo("UNKNOWN"))
        .body("technical.fits", nullValue());
  }

  @Test
  void policyServiceErrorIsUnknownNeverYes() {
    PolicyStub.failEvaluations(500);
    answer("model=qwen3.5-397b-a17b&chip=mtt-s5000&destination=CN")
        .body("answer", equalTo("UNKNOWN"))
        .body("policy.available", equalTo(false))
        .body("policy.reason", containsString("HTTP 500"));
  }

  @Test
  void slowPolicyServiceIsUnknownWithinTheTimeout() {
    Upstreams.policy()
        .stubFor(
            post(urlPathEqualTo("/api/v1/evaluations"))
                .willReturn(aResponse().withFixedDelay(3000).withBody("{}")));
    answer("model=qwen3.5-397b-a17b&chip=mtt-s5000&destination=CN")
        .body("answer", equalTo("UNKNOWN"))
        .body("policy.reason", containsString("did not answer in time"))
        .time(org.hamcrest.Matchers.lessThan(2900L));
  }

  @Test
  void resetConnectionsAreUnknown() {
    Upstreams.policy()
        .stubFor(
            post(urlPathEqualTo("/api/v1/evaluations"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    answer("model=qwen3.5-397b-a17b&chip=mtt-s5000&destination=CN")
        .body("answer", equalTo("UNKNOWN"));
  }

  @Test
  void refusedConnectionsAreUnknownAndTheGatewayRecovers() {
    Upstreams.policy().stop();
    try {
      answer("model=qwen3.5-397b-a17b&chip=mtt-s5000&destination=CN")
          .body("answer", equalTo("UNKNOWN"))
          .body("policy.reason", containsString("could not be reached"));
    } finally {
      Upstreams.policy().start();
    }
    PolicyStub.reset(version);
    PolicyStub.verdict("mtt-s5000", "CN", version, NOT_APPLICABLE, NLR);
    breakers.resetAll();
    answer("model=qwen3.5-397b-a17b&chip=mtt-s5000&destination=CN").body("answer", equalTo("YES"));
  }

  @Test
  void aRepeatedAnswerIsReusedOnlyWhileThePolicyVersionHolds() {
    String question = "model=qwen3.5-397b-a17b&chip=mtt-s5000&destination=CN&precision=FP8";
    PolicyStub.verdict("mtt-s5000", "CN", version, NOT_APPLICABLE, NLR);
    String first = answer(question).body("answer", equalTo("YES")).extract().asString();
    assertThat(answer(question).extract().asString()).isEqualTo(first);

    long next = VERSIONS.incrementAndGet();
    PolicyStub.reset(next);
    PolicyStub.verdict(
        "mtt-s5000", "CN", next, Regime.of("PROHIBITED", null, "hypothetical-ban"), NLR);
    answer(question)
        .body("answer", equalTo("NO"))
        .body("policy.policyVersion", equalTo((int) next));
  }

  @Test
  void aSystemStandsForItsChip() {
    PolicyStub.verdict("h100-sxm", "DE", version, NLR, NOT_APPLICABLE);
    answer("model=llama-3.1-70b&chip=dgx-h100&destination=DE")
        .body("answer", equalTo("YES"))
        .body("query.system", equalTo("dgx-h100"))
        .body("query.chip", equalTo("h100-sxm"))
        // BF16 weights 131.4 GiB: TP2 needs 77.4 GiB per chip with KV at 32k and vLLM's reserve,
        // over the 71.6 GiB budget; pipeline stages take whole nodes, so TP4 (within the DGX's 8).
        .body("technical.chipsUsed", equalTo(4))
        .body("technical.layout.tensorParallel", equalTo(4))
        .body("technical.layout.pipelineStages", equalTo(1))
        .body("technical.layout.nodes", equalTo(1));
  }

  private static ValidatableResponse answer(String query) {
    return given()
        .get("/api/v1/answer?" + query)
        .then()
        .statusCode(200)
        .contentType("application/json");
  }
}
