package io.canrun.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

  @Test
  void documentsEveryResourceWithProblemResponses() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("paths.'/api/v1/chips'.get", notNullValue())
        .body("paths.'/api/v1/chips:import'.post.responses.'428'", notNullValue())
        .body("paths.'/api/v1/compatibility'.get.responses.'400'.content", notNullValue())
        .body("components.schemas.Problem", notNullValue());
  }

  @Test
  void documentsEveryListingFilterFromItsParameterRecord() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body(
            "paths.'/api/v1/chips'.get.parameters.name",
            containsInAnyOrder(
                "vendor designerCountry marketSegment q minMemoryGB maxMemoryGB minBandwidthGBps"
                    .concat(" sort page size")
                    .split(" ")))
        .body(
            "paths.'/api/v1/chips'.get.parameters.find { it.name == 'size' }.schema.maximum",
            equalTo(500))
        .body(
            "paths.'/api/v1/chips'.get.parameters.find { it.name == 'marketSegment' }.schema",
            notNullValue())
        .body(
            "paths.'/api/v1/compatibility'.get.parameters.name",
            containsInAnyOrder("chip", "model", "status", "page", "size"));
  }

  @Test
  void metricsAreExposed() {
    given().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
  }
}
