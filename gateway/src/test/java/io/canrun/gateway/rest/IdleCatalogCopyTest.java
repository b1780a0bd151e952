package io.canrun.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.canrun.gateway.AdjustableClock;
import io.canrun.gateway.PolicyStub;
import io.canrun.gateway.PolicyStub.Regime;
import io.canrun.gateway.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * After a quiet spell longer than {@code stale-after} nobody has triggered a refresh, but the
 * catalog is healthy: the next answer must confirm the copy first rather than call itself stale.
 */
@QuarkusTest
@TestProfile(IdleCatalogCopyTest.ShortStaleAfter.class)
class IdleCatalogCopyTest {

  @Inject AdjustableClock clock;

  @Test
  void anIdleCopyIsConfirmedNotReportedStale() {
    Upstreams.serveCatalog();
    PolicyStub.reset(900);
    PolicyStub.verdict(
        "mtt-s5000",
        "CN",
        900,
        Regime.of("NOT_APPLICABLE", null, "foreign"),
        Regime.of("NO_LICENSE_REQUIRED", null, "nlr"));
    String answer = "/api/v1/answer?model=qwen3.5-397b-a17b&chip=mtt-s5000&destination=CN";
    // This profile starts a cold gateway, whose first catalog read may miss the short test
    // timeout (the documented 503); the quiet spell starts once it has a confirmed copy.
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> given().get(answer).then().statusCode(200).body("stale", equalTo(false)));

    clock.advance(Duration.ofMillis(1_500));

    given().get(answer).then().statusCode(200).body("stale", equalTo(false));
  }

  /** Copies older than one second count as stale unless confirmed; time moves only when told. */
  public static class ShortStaleAfter implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
      return Set.of(AdjustableClock.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("canrun.gateway.catalog.stale-after", "PT1S");
    }
  }
}
