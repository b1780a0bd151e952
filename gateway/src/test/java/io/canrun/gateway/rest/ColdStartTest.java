package io.canrun.gateway.rest;

import static io.restassured.RestAssured.given;

import io.canrun.gateway.Upstreams;
import io.canrun.testsupport.ProblemAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * A gateway that has never read the catalog and cannot reach it has nothing to answer from: 503.
 * Runs in its own application (the profile) so no earlier test has filled the catalog copy.
 */
@QuarkusTest
@TestProfile(ColdStartTest.FreshGateway.class)
class ColdStartTest {

  @Test
  void noCatalogCopyAndNoCatalogIs503() {
    Upstreams.catalog().stop();
    try {
      ProblemAssertions.assertProblem(
              given().get("/api/v1/answer?model=llama-3.1-70b&chip=h100-sxm&destination=CN").then(),
              503,
              "upstream-unavailable")
          .header("Retry-After", "5");
      given().get("/q/health/ready").then().statusCode(503);
    } finally {
      Upstreams.catalog().start();
      Upstreams.serveCatalog();
    }
  }

  /** Same configuration, separate application. */
  public static class FreshGateway implements QuarkusTestProfile {}
}
