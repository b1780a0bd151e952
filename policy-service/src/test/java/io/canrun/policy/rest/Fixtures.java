package io.canrun.policy.rest;

import static io.restassured.RestAssured.given;

import io.canrun.policy.engine.GroundTruthChips;
import io.canrun.policy.engine.ItemSpec;
import io.canrun.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies and clients shared by the API tests. */
final class Fixtures {

  static final String ADMIN = TestTokens.bearer("analyst@example.com", "policy-admin");
  static final String READER = TestTokens.bearer("reader@example.com", "catalog-editor");

  private Fixtures() {}

  /** The JSON an API client sends for a ground-truth chip. */
  static Map<String, Object> item(String id) {
    ItemSpec spec = GroundTruthChips.spec(id);
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", spec.id());
    item.put("name", spec.name());
    item.put("vendor", spec.vendor());
    item.put("designerCountry", spec.designerCountry());
    item.put("foundry", spec.foundry());
    item.put("marketSegment", spec.marketSegment() == null ? null : spec.marketSegment().name());
    item.put("dieAreaMm2", spec.dieAreaMm2());
    item.put("memoryBandwidthGBps", spec.memoryBandwidthGBps());
    item.put("interconnectGBps", spec.interconnectGBps());
    item.put("soldInUs", spec.soldInUs());
    Map<String, Double> tops = new HashMap<>();
    spec.tops().forEach((precision, value) -> tops.put(precision.name(), value));
    item.put("tops", tops);
    return item;
  }

  static Map<String, Object> evaluation(
      String asOf, List<Map<String, Object>> items, List<String> destinations) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("asOf", asOf);
    body.put("items", items);
    body.put("destinations", destinations);
    return body;
  }

  static RequestSpecification json() {
    return given().contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  static RequestSpecification admin() {
    return json().header("Authorization", ADMIN);
  }

  /** A valid new rule in the US-EAR regime. */
  static Map<String, Object> rule(String id, String condition, String effect) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", id);
    rule.put("regime", "US-EAR");
    rule.put("title", "Test rule " + id);
    rule.put("citation", "Test citation");
    rule.put("sourceUrl", "https://example.org/rule");
    rule.put("effectiveFrom", "2020-01-01");
    rule.put("condition", condition);
    rule.put("effect", effect);
    rule.put("reviewPolicy", "PRESUMPTION_OF_DENIAL");
    rule.put("precedence", 200);
    rule.put("confidence", "H");
    return rule;
  }

  static long currentVersion() {
    return given()
        .get("/api/v1/versions/current")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("version");
  }

  static long auditCount() {
    return given()
        .get("/api/v1/audit?size=1")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }
}
