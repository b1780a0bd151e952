package io.canrun.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.canrun.testsupport.JwtKeysResource;
import io.canrun.testsupport.ProblemAssertions;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway (JVM jar, or native executable with -Pnative) in front of the real, packaged
 * catalog-service and policy-service: the REST clients, JSON mapping, the engine and the CEL rules
 * all run as they do in production. Besides known answers, every composed view must agree with the
 * single answers for the same questions.
 */
@QuarkusIntegrationTest
@TestProfile(RealUpstreamsIT.RealServices.class)
class RealUpstreamsIT {

  private static final String AS_OF = "2026-11-22";

  /** Only the real upstreams: none of the module's stubbed ones. */
  public static class RealServices implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(PackagedUpstreams.class),
          new TestResourceEntry(JwtKeysResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }
  }

  /** A freshly started upstream may be slower than the gateway's timeouts for its first calls. */
  @BeforeEach
  void upstreamsAnswer() {
    Awaitility.await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                Boolean.TRUE.equals(
                    given()
                        .get("/api/v1/answer?model=llama-3.1-8b&chip=h100-sxm&destination=US")
                        .then()
                        .extract()
                        .path("policy.available")));
  }

  @Test
  void knownAnswers() {
    answer("model=llama-3.1-70b&chip=h100-sxm&destination=DE&asOf=" + AS_OF)
        .body("answer", equalTo("YES"))
        .body("technical.fits", equalTo(true))
        .body("policy.available", equalTo(true))
        .body("stale", equalTo(false));
    // October 2022 put the H100's class under a licence requirement for China, reviewed under a
    // presumption of denial (15 CFR 742.6(a)(6)).
    answer("model=llama-3.1-70b&chip=h100-sxm&destination=CN&asOf=2023-01-15")
        .body("answer", equalTo("NO"))
        .body("policy.verdict", equalTo("LICENSE_REQUIRED"));
    // Catalog figures come through unchanged.
    Map<String, Object> chip =
        given().baseUri(catalogUrl()).get("/api/v1/chips/h100-sxm").then().extract().path("$");
    given()
        .get("/api/v1/chips/h100-sxm")
        .then()
        .statusCode(200)
        .body("memoryGB", equalTo(chip.get("memoryGB")))
        .body("memoryBandwidthGBps", equalTo(chip.get("memoryBandwidthGBps")));
  }

  @Test
  void embargoesDecideAndAChipShipsFromWhereItWasDesigned() {
    // Iran is under a comprehensive embargo (15 CFR 746.7): even an H20, below every 3A090
    // threshold, needs a licence that is denied as a rule.
    answer("model=llama-3.1-8b&chip=h20&destination=IR&asOf=" + AS_OF)
        .body("answer", equalTo("NO"))
        .body("summary", startsWith("No — "));
    // A Chinese chip bought in China is not an export from the US unless the question says so.
    answer("model=llama-3.1-8b&chip=mtt-s5000&destination=CN&asOf=" + AS_OF)
        .body("query.exportFrom", equalTo("CN"))
        .body("policy.exportFrom", equalTo("CN"));
    answer("model=llama-3.1-8b&chip=mtt-s5000&destination=CN&exportFrom=US&asOf=" + AS_OF)
        .body("query.exportFrom", equalTo("US"))
        .body("policy.exportFrom", equalTo("US"));
    // Every verdict says which rule sets it covers.
    answer("model=llama-3.1-8b&chip=h100-sxm&destination=DE&asOf=" + AS_OF)
        .body("policy.ruleSets.regime", hasItems("US-EAR", "CN"))
        .body("policy.notModelled", not(emptyOrNullString()));
  }

  @Test
  void optionsListEveryCatalogChipRankedAndAgreeWithSingleAnswers() {
    int chips =
        given().baseUri(catalogUrl()).get("/api/v1/chips?size=1").then().extract().path("total");
    List<Map<String, Object>> options =
        given()
            .get("/api/v1/options?model=qwen3.5-397b-a17b&destination=CN&asOf=" + AS_OF)
            .then()
            .statusCode(200)
            .body("policyAvailable", equalTo(true))
            .extract()
            .path("options");

    assertThat(options).hasSize(chips);
    List<Integer> ranks = new ArrayList<>();
    for (int i = 1; i <= chips; i++) {
      ranks.add(i);
    }
    assertThat(options).extracting(o -> o.get("rank")).containsExactlyElementsOf(ranks);
    for (Map<String, Object> option :
        List.of(options.get(0), options.get(chips / 2), options.get(chips - 1))) {
      answer("model=qwen3.5-397b-a17b&destination=CN&asOf=" + AS_OF + "&chip=" + option.get("chip"))
          .body("answer", equalTo(option.get("answer")))
          .body("technical.fits", equalTo(option.get("fits")));
    }
  }

  @Test
  void everyMatrixCellIsTheSingleAnswer() {
    List<String> models = List.of("llama-3.1-70b", "qwen3.5-397b-a17b");
    List<String> chips = List.of("h100-sxm", "h20", "mtt-s5000");
    List<String> destinations = List.of("CN", "DE");
    List<Map<String, Object>> cells =
        given()
            .contentType("application/json")
            .body(
                Map.of(
                    "models", models, "chips", chips, "destinations", destinations, "asOf", AS_OF))
            .post("/api/v1/matrix")
            .then()
            .statusCode(200)
            .body("policyAvailable", equalTo(true))
            .body("cells", hasSize(models.size() * chips.size() * destinations.size()))
            .extract()
            .path("cells");

    for (Map<String, Object> cell : cells) {
      answer(
              "model="
                  + cell.get("model")
                  + "&chip="
                  + cell.get("chip")
                  + "&destination="
                  + cell.get("destination")
                  + "&asOf="
                  + AS_OF)
          .body("answer", equalTo(cell.get("answer")));
    }
  }

  @Test
  void badQuestionsAreProblemsNamingTheProblem() {
    ProblemAssertions.assertProblem(
            given().get("/api/v1/answer?model=llama-3.1-7b&chip=h100-sxm&destination=DE").then(),
            404,
            "not-found")
        .body("detail", containsString("llama-3.1-70b"));
    ProblemAssertions.assertProblem(
            given().get("/api/v1/answer?model=llama-3.1-70b&chip=h100-sxm&destination=XX").then(),
            400,
            "invalid-parameter")
        .body("detail", containsString("destination"));
    ProblemAssertions.assertProblem(
        given()
            .contentType("application/json")
            .body("{\"models\": [")
            .post("/api/v1/matrix")
            .then(),
        400,
        "malformed-body");
  }

  private static ValidatableResponse answer(String query) {
    return given().get("/api/v1/answer?" + query).then().statusCode(200);
  }

  private static String catalogUrl() {
    return PackagedUpstreams.catalogUrl();
  }
}
