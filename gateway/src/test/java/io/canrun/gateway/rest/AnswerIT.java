package io.canrun.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.canrun.gateway.PolicyStub;
import io.canrun.gateway.PolicyStub.Regime;
import io.canrun.gateway.Upstreams;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway (JVM jar, or native with -Pnative) composes an answer from its upstreams —
 * the REST clients, Jackson records and the engine — and fails closed when policy errs.
 */
@QuarkusIntegrationTest
class AnswerIT {

  private static final String QUESTION =
      "/api/v1/answer?model=qwen3.5-397b-a17b&chip=mtt-s5000&destination=CN&precision=FP8";

  @Test
  void composesAYesThenFailsClosed() {
    Upstreams.serveCatalog();
    PolicyStub.reset(700);
    PolicyStub.verdict(
        "mtt-s5000",
        "CN",
        700,
        Regime.of("NOT_APPLICABLE", null, "foreign"),
        Regime.of("NO_LICENSE_REQUIRED", null, "nlr"));
    given()
        .get(QUESTION)
        .then()
        .statusCode(200)
        .body("answer", equalTo("YES"))
        .body("summary", startsWith("Yes — 8 × MTT S5000 at FP8"));
    // The request shape and engine reach the engine and its whole estimate comes back: in a native
    // image this needs the data files (quarkus.native.resources.includes) and the view records.
    given()
        .get(QUESTION + "&engine=sglang&inputTokens=2048&outputTokens=256&concurrency=max")
        .then()
        .statusCode(200)
        .body("query.concurrency", equalTo("max"))
        .body("technical.engine", equalTo("sglang"))
        .body("technical.concurrencyWasMax", equalTo(true))
        .body("technical.layout.tensorParallel", equalTo(8))
        .body("technical.memory.budgetRule", startsWith("SGLang"))
        .body("technical.performance.calibration.rangePct", notNullValue());

    // The packaged app runs the prod profile, where a confirmed policy version is trusted for a few
    // seconds; a question it has no verdict for must go to policy-service and fail closed.
    PolicyStub.failEvaluations(500);
    given()
        .get(QUESTION.replace("destination=CN", "destination=IN"))
        .then()
        .statusCode(200)
        .body("answer", equalTo("UNKNOWN"))
        .body("policy.available", equalTo(false));
  }
}
