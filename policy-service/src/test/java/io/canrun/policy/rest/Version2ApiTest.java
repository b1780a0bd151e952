package io.canrun.policy.rest;

import static io.canrun.policy.rest.Fixtures.evaluation;
import static io.canrun.policy.rest.Fixtures.item;
import static io.canrun.policy.rest.Fixtures.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Policy version 2 through HTTP: embargoes, domestic sales, item kinds and what a YES covers. */
@QuarkusTest
class Version2ApiTest {

  @Test
  void anEmbargoDecidesAndTheAnswerSaysWhatItCovers() {
    json()
        .body(evaluation("2026-11-22", List.of(item("h20")), List.of("IR")))
        .post("/api/v1/evaluations")
        .then()
        .statusCode(200)
        .body("policyVersion", greaterThanOrEqualTo(2))
        .body("ruleSets.regime", equalTo(List.of("US-EAR", "CN")))
        .body("ruleSets[0].name", equalTo("US Export Administration Regulations"))
        .body("notModelled", containsString("Affiliates (50 %) rule after 2026-11-09"))
        .body("notModelled", containsString("not a legal clearance"))
        .body("results[0].exportFrom", equalTo("US"))
        .body("results[0].verdict", equalTo("LICENSE_REQUIRED"))
        .body("results[0].regimes[0].reviewPolicy", equalTo("POLICY_OF_DENIAL"))
        .body("results[0].regimes[0].rules[0].id", equalTo("ear-embargo-iran"))
        .body("results[0].regimes[0].rules[0].sourceUrl", containsString("746.7"));
  }

  @Test
  void version1SaysItDidNotModelTheEmbargoes() {
    Map<String, Object> body = evaluation("2024-06-01", List.of(item("l2")), List.of("IR"));
    body.put("policyVersion", 1);
    json()
        .body(body)
        .post("/api/v1/evaluations")
        .then()
        .statusCode(200)
        .body("policyVersion", equalTo(1))
        .body("notModelled", containsString("part 746 embargoes"))
        .body("results[0].verdict", equalTo("NO_LICENSE_REQUIRED"));
  }

  @Test
  void withoutExportFromAChineseChipIsSoldWithinChina() {
    json()
        .body(evaluation("2025-05-12", List.of(item("mtt-s5000")), List.of("CN")))
        .post("/api/v1/evaluations")
        .then()
        .statusCode(200)
        .body("results[0].exportFrom", equalTo("CN"))
        .body("results[0].regimes[0].verdict", equalTo("NOT_APPLICABLE"))
        .body("results[0].regimes[0].rules.id", hasItem("ear-domestic-sale-foreign-designed"))
        .body("results[0].regimes[0].assumptions[0]", containsString("TSMC or Samsung"));
  }

  @Test
  void classifiesStandaloneHbmAndSystems() {
    // 1,200 GB/s over a 110 mm² stack = 10.9 GB/s per mm² > 2 (3A090.c, from 2024-12-02).
    Map<String, Object> hbm = new LinkedHashMap<>();
    hbm.put("id", "hbm-stack");
    hbm.put("designerCountry", "US");
    hbm.put("itemType", "HBM");
    hbm.put("memoryBandwidthGBps", 1200);
    hbm.put("packageAreaMm2", 110);
    json()
        .body(Map.of("item", hbm, "asOf", "2024-12-02"))
        .post("/api/v1/classifications")
        .then()
        .statusCode(200)
        .body("class", equalTo("3A090.c"))
        .body("licensedAs", nullValue())
        .body("trace[0].test", equalTo("memoryBandwidthDensity > 2"));
    Map<String, Object> server = item("h100-sxm");
    server.put("id", "dgx-h100");
    server.put("itemType", "SYSTEM");
    json()
        .body(Map.of("item", server, "asOf", "2024-06-01"))
        .post("/api/v1/classifications")
        .then()
        .statusCode(200)
        .body("class", equalTo("4A090.a"))
        .body("licensedAs", equalTo("3A090.a"));
  }
}
