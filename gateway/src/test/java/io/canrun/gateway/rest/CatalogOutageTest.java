package io.canrun.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.canrun.gateway.PolicyStub;
import io.canrun.gateway.PolicyStub.Regime;
import io.canrun.gateway.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When catalog-service fails, the gateway keeps answering from its copy and says it is stale. */
@QuarkusTest
class CatalogOutageTest {

  @Inject CircuitBreakerMaintenance breakers;

  @AfterEach
  void restore() {
    Upstreams.serveCatalog();
    breakers.resetAll();
  }

  @Test
  void answersFromTheCopyMarkedStaleThenRecover() {
    Upstreams.serveCatalog();
    PolicyStub.reset(900);
    PolicyStub.verdict(
        "mtt-s5000",
        "CN",
        900,
        Regime.of("NOT_APPLICABLE", null, "foreign"),
        Regime.of("NO_LICENSE_REQUIRED", null, "nlr"));
    String answer = "/api/v1/answer?model=qwen3.5-397b-a17b&chip=mtt-s5000&destination=CN";
    // A test before this one may have left the copy stale; start from a confirmed copy.
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () -> given().get(answer).then().statusCode(200).body("stale", equalTo(false)));

    Upstreams.catalog().resetAll();
    Upstreams.catalog().stubFor(get(anyUrl()).willReturn(aResponse().withStatus(500)));
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                given()
                    .get(answer)
                    .then()
                    .statusCode(200)
                    .body("stale", equalTo(true))
                    .body("answer", equalTo("YES")));

    Upstreams.serveCatalog();
    breakers.resetAll();
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> given().get(answer).then().body("stale", equalTo(false)));
  }
}
