package io.canrun.policy.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** OpenAPI documents every query parameter from the record that binds it, with its bounds. */
@QuarkusTest
class OpenApiTest {

  @Test
  void documentsEveryListingParameterOnce() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body(
            "paths.'/api/v1/rules'.get.parameters.name",
            containsInAnyOrder("regime", "asOf", "version", "page", "size"))
        .body(
            "paths.'/api/v1/audit'.get.parameters.name",
            containsInAnyOrder("kind targetId actor action since until page size".split(" ")))
        .body(
            "paths.'/api/v1/audit'.get.parameters.find { it.name == 'size' }.schema.maximum",
            equalTo(500))
        .body(
            "paths.'/api/v1/rules/{id}'.get.parameters.findAll { it.in == 'query' }.name",
            containsInAnyOrder("version"));
  }
}
