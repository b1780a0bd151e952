package io.canrun.catalog.rest;

import static io.canrun.catalog.rest.CatalogFixtures.asEditor;
import static io.canrun.catalog.rest.CatalogFixtures.chip;
import static io.canrun.catalog.rest.CatalogFixtures.freshSlug;
import static io.canrun.catalog.rest.CatalogFixtures.model;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.canrun.testsupport.ProblemAssertions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SystemModelEvidenceTest {

  @Test
  void systemsNameTheirChip() {
    given()
        .get("/api/v1/systems?chip=h100-sxm")
        .then()
        .statusCode(200)
        .body("items.slug", equalTo(List.of("dgx-h100")));
    given()
        .get("/api/v1/systems/cloudmatrix-384")
        .then()
        .body("chip", equalTo("ascend-910c"))
        .body("chipCount", equalTo(384))
        .body("scaleUpDomainChips", equalTo(384));
  }

  @Test
  void systemLifecycle() {
    String chipSlug = freshSlug("syschip");
    asEditor().body(chip(chipSlug)).post("/api/v1/chips").then().statusCode(201);
    String slug = freshSlug("sys");
    Map<String, Object> system = system(slug, chipSlug);
    asEditor()
        .body(system)
        .post("/api/v1/systems")
        .then()
        .statusCode(201)
        .body("chip", equalTo(chipSlug));
    system.put("chipCount", 16);
    asEditor()
        .header("If-Match", "\"0\"")
        .body(system)
        .put("/api/v1/systems/" + slug)
        .then()
        .statusCode(200)
        .body("chipCount", equalTo(16));
    asEditor().header("If-Match", "\"1\"").delete("/api/v1/systems/" + slug).then().statusCode(204);
  }

  @Test
  void systemWithUnknownChipIsRefusedNamingTheField() {
    String before = CatalogFixtures.revision();
    ProblemAssertions.assertProblem(
            asEditor().body(system(freshSlug("sys"), "h100-sxn")).post("/api/v1/systems").then(),
            400,
            "validation-failed")
        .body("errors.field", hasItem("chip"))
        .body("detail", containsString("h100-sxm"));
    given().get("/api/v1/chips?size=1").then().header("ETag", equalTo(before));
  }

  @Test
  void modelsFilterAndImport() {
    given()
        .get("/api/v1/models?architecture=MOE&organisation=DeepSeek")
        .then()
        .statusCode(200)
        .body("items.slug", equalTo(List.of("deepseek-r1", "deepseek-v3", "deepseek-v3.2")));
    given()
        .get("/api/v1/models?minTotalParamsB=400&size=500")
        .then()
        .body("items.slug", hasItem("kimi-k2"))
        .body("items.slug", everyItem(not(equalTo("llama-3.1-70b"))));
    given()
        .get("/api/v1/models?openWeights=false")
        .then()
        .body("items.slug", equalTo(List.of("qwen3.7-max")));
    String slug = freshSlug("mdl");
    asEditor()
        .body(List.of(model(slug)))
        .post("/api/v1/models:import")
        .then()
        .statusCode(200)
        .body("created", equalTo(1));
    given().get("/api/v1/models/" + slug).then().statusCode(200).body("layers", equalTo(32));
  }

  @Test
  void modelLifecycle() {
    String slug = freshSlug("mdl");
    asEditor().body(model(slug)).post("/api/v1/models").then().statusCode(201);
    Map<String, Object> changed = model(slug);
    changed.put("maxContext", 131072);
    asEditor()
        .header("If-Match", "\"0\"")
        .body(changed)
        .put("/api/v1/models/" + slug)
        .then()
        .statusCode(200)
        .body("maxContext", equalTo(131072));
    asEditor().header("If-Match", "\"1\"").delete("/api/v1/models/" + slug).then().statusCode(204);
  }

  @Test
  void evidenceLifecycleAndFilters() {
    given()
        .get("/api/v1/compatibility?chip=ascend-910c")
        .then()
        .statusCode(200)
        .body("items.chip", everyItem(equalTo("ascend-910c")))
        .body("items.model", hasItem("qwen3.5-397b-a17b"));
    given()
        .get("/api/v1/compatibility?status=REPORTED_FAILED")
        .then()
        .body("items.status", everyItem(equalTo("REPORTED_FAILED")));

    Map<String, Object> claim = new HashMap<>();
    claim.put("hardware", "Nvidia H20");
    claim.put("chip", "h20");
    claim.put("model", "qwen3-30b-a3b");
    claim.put("modelName", "Qwen3-30B-A3B");
    claim.put("status", "INFERENCE_ONLY");
    claim.put("workloads", List.of("INFERENCE"));
    claim.put("claim", "Speed benchmark run by the Qwen team");
    String location =
        asEditor()
            .body(claim)
            .post("/api/v1/compatibility")
            .then()
            .statusCode(201)
            .body("chip", equalTo("h20"))
            .extract()
            .header("Location");
    String path = location.substring(location.indexOf("/api/"));
    claim.put("status", "VERIFIED");
    asEditor()
        .header("If-Match", "\"0\"")
        .body(claim)
        .put(path)
        .then()
        .statusCode(200)
        .body("status", equalTo("VERIFIED"));
    asEditor().header("If-Match", "\"1\"").delete(path).then().statusCode(204);
    ProblemAssertions.assertProblem(given().get(path).then(), 404, "not-found");
  }

  @Test
  void unknownSlugInAFilterIsNotFoundWithSuggestions() {
    ProblemAssertions.assertProblem(
            given().get("/api/v1/compatibility?model=qwen3.5-397b").then(), 404, "not-found")
        .body("detail", containsString("qwen3.5-397b-a17b"));
  }

  private static Map<String, Object> system(String slug, String chipSlug) {
    Map<String, Object> system = new HashMap<>();
    system.put("slug", slug);
    system.put("name", "Test node " + slug);
    system.put("vendor", "Testvendor");
    system.put("chip", chipSlug);
    system.put("chipCount", 8);
    system.put("scaleUpDomainChips", 8);
    return system;
  }
}
