package io.canrun.policy.rest;

import static io.canrun.policy.rest.Fixtures.evaluation;
import static io.canrun.policy.rest.Fixtures.item;
import static io.canrun.policy.rest.Fixtures.json;
import static io.canrun.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.canrun.policy.engine.GroundTruthChips;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Evaluations through HTTP against the seeded policy (pinned to version 1). */
@QuarkusTest
class EvaluationApiTest {

  private static Map<String, Object> pinned(Map<String, Object> body) {
    body.put("policyVersion", 1);
    return body;
  }

  @Test
  void answersPerRegimeWithRulesCitationsAndTheVersionUsed() {
    Map<String, Object> body =
        pinned(evaluation("2026-11-22", List.of(item("h100-sxm")), List.of("CN", "AE")));
    json()
        .body(body)
        .post("/api/v1/evaluations")
        .then()
        .statusCode(200)
        .body("policyVersion", equalTo(1))
        .body("asOf", equalTo("2026-11-22"))
        .body("results", hasSize(2))
        .body("results[0].item", equalTo("h100-sxm"))
        .body("results[0].destination", equalTo("CN"))
        .body("results[0].verdict", equalTo("LICENSE_REQUIRED"))
        .body("results[0].classification.class", equalTo("3A090.a"))
        .body("results[0].classification.tpp", equalTo(15831.2f))
        .body("results[0].classification.performanceDensity", equalTo(19.45f))
        .body("results[0].regimes.regime", contains("US-EAR", "CN"))
        .body("results[0].regimes[0].verdict", equalTo("LICENSE_REQUIRED"))
        .body("results[0].regimes[0].reviewPolicy", equalTo("CASE_BY_CASE"))
        .body("results[0].regimes[0].rules[0].id", equalTo("ear-3a090-2026-china-review-band"))
        .body("results[0].regimes[0].rules[0].decisive", equalTo(true))
        .body("results[0].regimes[0].rules[0].citation", notNullValue())
        .body("results[0].regimes[0].rules[0].sourceUrl", notNullValue())
        .body("results[0].regimes[0].rules[0].confidence", equalTo("H"))
        .body("results[0].regimes[0].conditions", hasSize(9))
        .body("results[0].regimes[1].regime", equalTo("CN"))
        .body("results[0].regimes[1].verdict", equalTo("DISCOURAGED"))
        .body("results[1].destination", equalTo("AE"))
        .body("results[1].regimes[0].reviewPolicy", equalTo("PRESUMPTION_OF_APPROVAL"))
        .body("results[1].regimes[1].verdict", equalTo("NOT_APPLICABLE"));
  }

  @Test
  void timeTravelThroughTheApi() {
    String path = "results[0].regimes[0]";
    json()
        .body(pinned(evaluation("2023-01-15", List.of(item("h800-sxm")), List.of("CN"))))
        .post("/api/v1/evaluations")
        .then()
        .statusCode(200)
        .body(path + ".verdict", equalTo("NO_LICENSE_REQUIRED"));
    json()
        .body(pinned(evaluation("2024-01-15", List.of(item("h800-sxm")), List.of("CN"))))
        .post("/api/v1/evaluations")
        .then()
        .statusCode(200)
        .body(path + ".verdict", equalTo("LICENSE_REQUIRED"))
        .body(path + ".reviewPolicy", equalTo("PRESUMPTION_OF_DENIAL"));
    Map<String, Object> fromSingapore =
        pinned(evaluation("2026-11-22", List.of(item("h100-sxm")), List.of("CN")));
    fromSingapore.put("exportFrom", "SG");
    json()
        .body(fromSingapore)
        .post("/api/v1/evaluations")
        .then()
        .statusCode(200)
        .body(path + ".reviewPolicy", equalTo("PRESUMPTION_OF_DENIAL"));
  }

  @Test
  void endUserScreeningAndStateFunding() {
    Map<String, Object> body =
        pinned(evaluation("2026-03-01", List.of(item("h100-sxm")), List.of("CN")));
    body.put("endUser", Map.of("name", "Moore Threads", "headquarters", "CN", "stateFunded", true));
    json()
        .body(body)
        .post("/api/v1/evaluations")
        .then()
        .statusCode(200)
        .body("results[0].verdict", equalTo("PROHIBITED"))
        .body("results[0].regimes[0].rules[0].id", equalTo("ear-entity-list"))
        .body("results[0].regimes[1].verdict", equalTo("PROHIBITED"));
  }

  @Test
  void evaluatesTenThousandPairsInOneCall() throws IOException {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Map<String, Object> item =
          item(GroundTruthChips.ALL.get(i % GroundTruthChips.ALL.size()).spec().id());
      item.put("id", item.get("id") + "-" + i);
      items.add(item);
    }
    List<String> destinations =
        json()
            .get("/api/v1/countries?size=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.code", String.class);
    assertThat(destinations).hasSize(100);
    byte[] response =
        json()
            .body(pinned(evaluation("2026-11-22", items, destinations)))
            .post("/api/v1/evaluations")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    JsonNode results = new ObjectMapper().readTree(response).get("results");
    assertThat(results.size()).isEqualTo(10_000);
    JsonNode h100ToChina = null;
    for (JsonNode result : results) {
      assertThat(result.get("regimes").size()).isEqualTo(2);
      if (result.get("item").asText().startsWith("h100-sxm")
          && result.get("destination").asText().equals("CN")) {
        h100ToChina = result;
      }
    }
    assertThat(h100ToChina).isNotNull();
    assertThat(h100ToChina.get("regimes").get(0).get("reviewPolicy").asText())
        .isEqualTo("CASE_BY_CASE");
  }

  @Test
  void summaryDetailKeepsOnlyTheDecidingRules() {
    Map<String, Object> body =
        pinned(evaluation("2026-11-22", List.of(item("h100-sxm")), List.of("IN")));
    body.put("detail", "SUMMARY");
    json()
        .body(body)
        .post("/api/v1/evaluations")
        .then()
        .statusCode(200)
        .body("results[0].regimes[0].rules", hasSize(1))
        .body("results[0].regimes[0].rules[0].decisive", equalTo(true))
        .body("results[0].regimes[0].assumptions", hasSize(0));
  }

  @Test
  void refusesMoreThanTheDocumentedMaximumOfPairs() {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      items.add(Map.of("id", "chip-" + i, "designerCountry", "US"));
    }
    List<String> destinations = new ArrayList<>();
    for (int i = 0; i < 201; i++) {
      destinations.add("CN");
    }
    assertProblem(
            json()
                .body(evaluation("2026-11-22", items, destinations))
                .post("/api/v1/evaluations")
                .then(),
            400,
            "invalid-parameter")
        .body("errors.field", hasItem("items"));
  }

  @Test
  void classifiesWithTheArithmetic() {
    json()
        .body(Map.of("item", item("h100-sxm"), "asOf", "2026-11-22"))
        .post("/api/v1/classifications")
        .then()
        .statusCode(200)
        .body("class", equalTo("3A090.a"))
        .body("tpp", equalTo(15831.2f))
        .body("performanceDensity", equalTo(19.45f))
        .body("vintage", equalTo("V2023"))
        .body("trace[0].clause", equalTo("3A090.a.1"))
        .body("trace[0].test", equalTo("tpp ≥ 4800"))
        .body("trace[0].value", equalTo(15831.2f))
        .body("trace[0].passed", equalTo(true))
        .body("trace.clause", hasItem("3A090.c"));
    json()
        .body(Map.of("item", item("h800-sxm"), "asOf", "2023-01-15"))
        .post("/api/v1/classifications")
        .then()
        .statusCode(200)
        .body("class", equalTo("not-controlled"))
        .body("vintage", equalTo("V2022"));
  }

  @Test
  void currentVersionIsServed() {
    json()
        .get("/api/v1/versions/current")
        .then()
        .statusCode(200)
        .body("version", notNullValue())
        .body("changedAt", notNullValue());
  }

  @Test
  void countriesAndGroupsAreReadable() {
    json()
        .get("/api/v1/countries/HK?asOf=2024-01-01&version=1")
        .then()
        .statusCode(200)
        .body("treatedAs", equalTo("CN"))
        .body("groups", hasItem("D:5"));
    json()
        .get("/api/v1/country-groups/D:5/members?asOf=2026-03-01&version=1&size=300")
        .then()
        .statusCode(200)
        .body("total", equalTo(22));
    json()
        .get("/api/v1/country-groups/D:5/members?asOf=2026-01-01&version=1&size=300")
        .then()
        .statusCode(200)
        .body("total", equalTo(23));
    json().get("/api/v1/country-groups").then().statusCode(200).body("code", hasItem("A:5"));
    json().get("/api/v1/rules/variables").then().statusCode(200).body("name", hasItem("item.tpp"));
    json()
        .get("/api/v1/entities?q=biren&version=1")
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo("biren"));
  }

  @Test
  void openApiDocumentsTheOperations() {
    json()
        .accept("application/json")
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("paths.'/api/v1/evaluations'.post.summary", notNullValue())
        .body("paths.'/api/v1/rules/{id}'.put.responses.'428'", notNullValue());
  }
}
