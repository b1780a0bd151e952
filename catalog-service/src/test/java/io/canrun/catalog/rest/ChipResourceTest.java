package io.canrun.catalog.rest;

import static io.canrun.catalog.rest.CatalogFixtures.asEditor;
import static io.canrun.catalog.rest.CatalogFixtures.chip;
import static io.canrun.catalog.rest.CatalogFixtures.freshSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import io.canrun.testsupport.ProblemAssertions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChipResourceTest {

  @Test
  void filtersByVendorCountrySegmentAndRanges() {
    given()
        .get("/api/v1/chips?vendor=nvidia&marketSegment=CONSUMER")
        .then()
        .statusCode(200)
        .body("items.slug", equalTo(List.of("rtx-4090", "rtx-4090d")));
    given()
        .get("/api/v1/chips?designerCountry=CN&minMemoryGB=128&size=500")
        .then()
        .statusCode(200)
        .body("items.designerCountry", everyItem(equalTo("CN")))
        .body("items.memoryGB", everyItem(greaterThanOrEqualTo(128.0f)));
    given()
        .get("/api/v1/chips?q=ascend&minBandwidthGBps=3000")
        .then()
        .body("items.slug", equalTo(List.of("ascend-910c", "ascend-950dt")));
  }

  @Test
  void pagesAreBoundedAndSortable() {
    given()
        .get("/api/v1/chips?size=5&page=1&sort=slug")
        .then()
        .statusCode(200)
        .body("items", hasSize(5))
        .body("page", equalTo(1))
        .body("size", equalTo(5))
        .body("total", greaterThanOrEqualTo(36));
    List<Float> bandwidths =
        given()
            .get("/api/v1/chips?sort=-memoryBandwidthGBps&size=3&vendor=AMD")
            .then()
            .extract()
            .path("items.memoryBandwidthGBps");
    assertThat(bandwidths).isSortedAccordingTo((a, b) -> Float.compare(b, a));
  }

  @Test
  void readsCarryVersionETagsAndRevalidate() {
    String etag = given().get("/api/v1/chips/h20").then().statusCode(200).extract().header("ETag");
    assertThat(etag).matches("\"\\d+\"");
    given().header("If-None-Match", etag).get("/api/v1/chips/h20").then().statusCode(304);
    String revision = CatalogFixtures.revision();
    given().header("If-None-Match", revision).get("/api/v1/chips?size=1").then().statusCode(304);
  }

  @Test
  void createReplaceDeleteLifecycle() {
    String slug = freshSlug("lifecycle");
    String location =
        asEditor()
            .body(chip(slug))
            .post("/api/v1/chips")
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("slug", equalTo(slug))
            .extract()
            .header("Location");
    assertThat(location).endsWith("/api/v1/chips/" + slug);

    Map<String, Object> changed = chip(slug);
    changed.put("memoryGB", 96.0);
    changed.put("soldInUs", false);
    changed.put("scaleUpInterconnect", "NONE");
    asEditor()
        .header("If-Match", "\"0\"")
        .body(changed)
        .put("/api/v1/chips/" + slug)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("memoryGB", equalTo(96.0f))
        .body("soldInUs", equalTo(false))
        .body("scaleUpInterconnect", equalTo("NONE"));
    given()
        .get("/api/v1/chips/" + slug)
        .then()
        .body("soldInUs", equalTo(false))
        .body("scaleUpInterconnect", equalTo("NONE"));

    asEditor().header("If-Match", "\"1\"").delete("/api/v1/chips/" + slug).then().statusCode(204);
    ProblemAssertions.assertProblem(given().get("/api/v1/chips/" + slug).then(), 404, "not-found");
  }

  @Test
  void importUpsertsAllOrNothing() {
    String a = freshSlug("import");
    String b = freshSlug("import");
    asEditor()
        .body(List.of(chip(a), chip(b)))
        .post("/api/v1/chips:import")
        .then()
        .statusCode(200)
        .body("created", equalTo(2))
        .body("updated", equalTo(0));
    Map<String, Object> newer = chip(a);
    newer.put("tdpWatts", 300.0);
    asEditor()
        .body(List.of(newer, chip(freshSlug("import"))))
        .post("/api/v1/chips:import")
        .then()
        .statusCode(200)
        .body("created", equalTo(1))
        .body("updated", equalTo(1));
    given().get("/api/v1/chips/" + a).then().body("tdpWatts", equalTo(300.0f));
  }

  @Test
  void unknownSlugSuggestsNearestOnes() {
    ProblemAssertions.assertProblem(given().get("/api/v1/chips/h100").then(), 404, "not-found")
        .body("detail", containsString("h100-sxm"));
  }

  @Test
  void duplicateSlugIsAConflict() {
    ProblemAssertions.assertProblem(
        asEditor().body(chip("h100-sxm")).post("/api/v1/chips").then(), 409, "conflict");
  }

  @Test
  void chipUsedBySystemsCannotBeDeleted() {
    String etag = CatalogFixtures.etagOf("/api/v1/chips/h100-sxm");
    ProblemAssertions.assertProblem(
        asEditor().header("If-Match", etag).delete("/api/v1/chips/h100-sxm").then(),
        409,
        "conflict");
  }
}
