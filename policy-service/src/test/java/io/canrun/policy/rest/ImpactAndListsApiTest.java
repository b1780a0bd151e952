package io.canrun.policy.rest;

import static io.canrun.policy.rest.Fixtures.admin;
import static io.canrun.policy.rest.Fixtures.evaluation;
import static io.canrun.policy.rest.Fixtures.item;
import static io.canrun.policy.rest.Fixtures.json;
import static io.canrun.policy.rest.Fixtures.rule;
import static io.canrun.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Impact analysis, and writes to group memberships and the Entity List. */
@QuarkusTest
class ImpactAndListsApiTest {

  private static Map<String, Object> impact(Map<String, Object> change, List<String> destinations) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("change", change);
    body.put("items", List.of(item("h100-sxm"), item("h20"), item("rtx-4090d")));
    body.put("destinations", destinations);
    body.put("asOf", "2026-11-22");
    return body;
  }

  @Test
  void removingTheReviewBandShowsTheChinaVerdictsThatWouldHarden() {
    long version = Fixtures.currentVersion();
    json()
        .body(
            impact(
                Map.of("op", "REMOVE", "ruleId", "ear-3a090-2026-china-review-band"),
                List.of("CN", "DE")))
        .post("/api/v1/impact")
        .then()
        .statusCode(200)
        .body("pairsEvaluated", equalTo(6))
        .body("pairsChanged", equalTo(1))
        .body("changes[0].item", equalTo("h100-sxm"))
        .body("changes[0].destination", equalTo("CN"))
        .body("changes[0].before.regimes[0].reviewPolicy", equalTo("CASE_BY_CASE"))
        .body("changes[0].after.regimes[0].reviewPolicy", equalTo("PRESUMPTION_OF_DENIAL"))
        .body("changes[0].after.regimes[0].decidedBy", hasItem("ear-3a090-2023-macau-d5"));
    assertThat(Fixtures.currentVersion()).isEqualTo(version);
  }

  @Test
  void addingARuleListsOnlyThePairsItChanges() {
    Map<String, Object> proposed =
        rule(
            "proposed-germany-notice",
            "destination.country == 'DE' && item.tpp >= 4800",
            "NOTIFICATION_REQUIRED");
    proposed.put("reviewPolicy", null);
    json()
        .body(impact(Map.of("op", "ADD", "rule", proposed), List.of("CN", "DE")))
        .post("/api/v1/impact")
        .then()
        .statusCode(200)
        .body("pairsChanged", equalTo(1))
        .body("changes[0].destination", equalTo("DE"))
        .body("changes[0].before.verdict", equalTo("NO_LICENSE_REQUIRED"))
        .body("changes[0].after.verdict", equalTo("NOTIFICATION_REQUIRED"));
    assertProblem(
        json()
            .body(
                impact(
                    Map.of("op", "ADD", "rule", rule("bad", "item.nope", "PROHIBITED")),
                    List.of("DE")))
            .post("/api/v1/impact")
            .then(),
        400,
        "invalid-expression");
  }

  @Test
  void editingARuleComparesTheNewTextWithTheOld() {
    Map<String, Object> stricter =
        rule(
            "ear-3a090-2023-d1-d4",
            "item.class == '3A090.a' && destination.country == 'SA'",
            "LICENSE_REQUIRED");
    stricter.put("precedence", 100);
    json()
        .body(
            impact(
                Map.of("op", "EDIT", "ruleId", "ear-3a090-2023-d1-d4", "rule", stricter),
                List.of("SA")))
        .post("/api/v1/impact")
        .then()
        .statusCode(200)
        .body("changes", hasSize(1))
        .body("changes[0].before.regimes[0].reviewPolicy", equalTo("PRESUMPTION_OF_APPROVAL"))
        .body("changes[0].after.regimes[0].reviewPolicy", equalTo("PRESUMPTION_OF_DENIAL"));
  }

  private static String verdict(
      String item, String destination, String asOf, Long version, Map<String, Object> endUser) {
    Map<String, Object> body = evaluation(asOf, List.of(item(item)), List.of(destination));
    if (version != null) {
      body.put("policyVersion", version);
    }
    if (endUser != null) {
      body.put("endUser", endUser);
    }
    return json()
        .body(body)
        .post("/api/v1/evaluations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("results[0].regimes[0].reviewPolicy");
  }

  @Test
  void membershipWritesChangeVerdictsFromTheirVersionOn() {
    long before = Fixtures.currentVersion();
    assertThat(verdict("h100-sxm", "VN", "2026-11-22", null, null))
        .isEqualTo("PRESUMPTION_OF_APPROVAL");
    var created =
        admin()
            .body(Map.of("country", "VN", "effectiveFrom", "2026-06-01", "citation", "test"))
            .post("/api/v1/country-groups/D:5/members")
            .then()
            .statusCode(201)
            .body("id", equalTo("d5-vn"))
            .body("confidence", equalTo("H"))
            .extract();
    String etag = created.header("ETag");
    assertThat(verdict("h100-sxm", "VN", "2026-11-22", null, null))
        .isEqualTo("PRESUMPTION_OF_DENIAL");
    assertThat(verdict("h100-sxm", "VN", "2026-05-01", null, null))
        .isEqualTo("PRESUMPTION_OF_APPROVAL");
    assertThat(verdict("h100-sxm", "VN", "2026-11-22", before, null))
        .isEqualTo("PRESUMPTION_OF_APPROVAL");

    String next =
        admin()
            .header("If-Match", etag)
            .body(
                Map.of("country", "VN", "effectiveFrom", "2026-06-01", "effectiveTo", "2026-09-01"))
            .put("/api/v1/country-groups/D:5/members/d5-vn")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    assertThat(verdict("h100-sxm", "VN", "2026-11-22", null, null))
        .isEqualTo("PRESUMPTION_OF_APPROVAL");
    assertProblem(
        admin().header("If-Match", etag).delete("/api/v1/country-groups/D:5/members/d5-vn").then(),
        412,
        "stale-version");
    admin()
        .header("If-Match", next)
        .delete("/api/v1/country-groups/D:5/members/d5-vn")
        .then()
        .statusCode(204);
    json()
        .get("/api/v1/audit?kind=GROUP_MEMBERSHIP&targetId=d5-vn")
        .then()
        .statusCode(200)
        .body("items.action", equalTo(List.of("DELETE", "UPDATE", "CREATE")));
  }

  @Test
  void entityListWritesScreenNewNames() {
    Map<String, Object> endUser = Map.of("name", "Example Compute Co", "headquarters", "MY");
    assertThat(verdict("h20", "MY", "2026-11-22", null, endUser)).isNull();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", "example-compute");
    entry.put("name", "Example Compute Co., Ltd.");
    entry.put("aliases", List.of("Example Compute"));
    entry.put("country", "MY");
    entry.put("effectiveFrom", "2026-10-01");
    entry.put("citation", "Test FR notice");
    entry.put("footnotes", List.of("FN4"));
    entry.put("reviewPolicy", "POLICY_OF_DENIAL");
    entry.put("confidence", "H");
    String etag =
        admin()
            .body(entry)
            .post("/api/v1/entities")
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    assertThat(verdict("h20", "MY", "2026-11-22", null, endUser)).isEqualTo("POLICY_OF_DENIAL");
    assertThat(verdict("h20", "MY", "2026-09-01", null, endUser)).isNull();
    entry.put("reviewPolicy", "PRESUMPTION_OF_DENIAL");
    admin()
        .header("If-Match", etag)
        .body(entry)
        .put("/api/v1/entities/example-compute")
        .then()
        .statusCode(200)
        .body("reviewPolicy", equalTo("PRESUMPTION_OF_DENIAL"));
    assertProblem(admin().body(entry).post("/api/v1/entities").then(), 409, "conflict");
  }

  @Test
  void groupsCanBeCreatedOnce() {
    Map<String, Object> group =
        Map.of(
            "code", "TEST:1", "name", "Test group", "description", "For tests", "confidence", "M");
    admin().body(group).post("/api/v1/country-groups").then().statusCode(201);
    json()
        .get("/api/v1/country-groups/TEST:1")
        .then()
        .statusCode(200)
        .body("confidence", equalTo("M"));
    assertProblem(admin().body(group).post("/api/v1/country-groups").then(), 409, "conflict");
  }
}
