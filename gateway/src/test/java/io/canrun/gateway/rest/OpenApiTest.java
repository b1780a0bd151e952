package io.canrun.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * OpenAPI documents each question parameter once, from the records that bind it: name, type, bounds
 * and whether it is required.
 */
@QuarkusTest
class OpenApiTest {

  /** The parameters /answer and /options share, as the API contract names them. */
  private static final String TERMS =
      "precision kvPrecision engine context inputTokens outputTokens concurrency asOf endUser"
          + " endUserHq exportFrom policyVersion";

  @Test
  void answerDocumentsEveryParameterOnce() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body(
            "paths.'/api/v1/answer'.get.parameters.name",
            containsInAnyOrder(("model chip destination count " + TERMS).split(" ")))
        .body(
            "paths.'/api/v1/answer'.get.parameters.find { it.name == 'count' }.schema.maximum",
            equalTo(100_000))
        .body(
            "paths.'/api/v1/answer'.get.parameters.findAll { it.required }.name",
            containsInAnyOrder("model", "chip", "destination"))
        .body(
            "paths.'/api/v1/options'.get.parameters.name",
            containsInAnyOrder(("model destination " + TERMS).split(" ")))
        .body(
            "paths.'/api/v1/answer'.get.responses.'400'.description",
            equalTo("Invalid input; the problem names the field or parameter"))
        .body("components.schemas.keySet()", hasItem("Problem"));
  }
}
