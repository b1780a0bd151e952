package io.canrun.policy.rest;

import static io.canrun.policy.rest.Fixtures.admin;
import static io.canrun.policy.rest.Fixtures.evaluation;
import static io.canrun.policy.rest.Fixtures.item;
import static io.canrun.policy.rest.Fixtures.json;
import static io.canrun.policy.rest.Fixtures.rule;
import static io.canrun.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Rule administration: versions, audit, optimistic locking, bad conditions. */
@QuarkusTest
class RuleAdminApiTest {

  private static final String VIETNAM_BAN =
      "item.class == '3A090.a' && destination.country == 'VN'";

  private static String verdictFor(String destination, Long version) {
    Map<String, Object> body =
        evaluation("2026-11-22", List.of(item("h100-sxm")), List.of(destination));
    if (version != null) {
      body.put("policyVersion", version);
    }
    return json()
        .body(body)
        .post("/api/v1/evaluations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("results[0].regimes[0].verdict");
  }

  @Test
  void aWriteCreatesAVersionAndAnAuditEntryAndOlderVersionsStillAnswerAsBefore() {
    long before = Fixtures.currentVersion();
    assertThat(verdictFor("VN", null)).isEqualTo("LICENSE_REQUIRED");

    String etag =
        admin()
            .body(rule("test-vietnam-ban", VIETNAM_BAN, "PROHIBITED"))
            .post("/api/v1/rules")
            .then()
            .statusCode(201)
            .header("Location", endsWith("/api/v1/rules/test-vietnam-ban"))
            .body("version", equalTo((int) before + 1))
            .extract()
            .header("ETag");
    assertThat(etag).isEqualTo("\"" + (before + 1) + "\"");
    assertThat(Fixtures.currentVersion()).isEqualTo(before + 1);

    assertThat(verdictFor("VN", null)).isEqualTo("PROHIBITED");
    assertThat(verdictFor("VN", before)).isEqualTo("LICENSE_REQUIRED");

    json()
        .get("/api/v1/audit?kind=RULE&targetId=test-vietnam-ban")
        .then()
        .statusCode(200)
        .body("items[0].actor", equalTo("analyst@example.com"))
        .body("items[0].action", equalTo("CREATE"))
        .body("items[0].version", equalTo((int) before + 1))
        .body("items[0].before", nullValue())
        .body("items[0].after.condition", equalTo(VIETNAM_BAN));

    admin()
        .header("If-Match", etag)
        .delete("/api/v1/rules/test-vietnam-ban")
        .then()
        .statusCode(204);
    assertThat(verdictFor("VN", null)).isEqualTo("LICENSE_REQUIRED");
    assertThat(verdictFor("VN", before + 1)).isEqualTo("PROHIBITED");
    json()
        .get("/api/v1/rules/test-vietnam-ban?version=" + (before + 1))
        .then()
        .statusCode(200)
        .body("effect", equalTo("PROHIBITED"));
    assertProblem(json().get("/api/v1/rules/test-vietnam-ban").then(), 404, "not-found");
    json()
        .get("/api/v1/audit?targetId=test-vietnam-ban&action=DELETE")
        .then()
        .statusCode(200)
        .body("items[0].before.ruleId", equalTo("test-vietnam-ban"))
        .body("items[0].after", nullValue());
  }

  @Test
  void updatesNeedTheCurrentETag() {
    String etag =
        admin()
            .body(rule("test-etag", "false", "PROHIBITED"))
            .post("/api/v1/rules")
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    json().get("/api/v1/rules/test-etag").then().statusCode(200).header("ETag", equalTo(etag));

    Map<String, Object> changed = rule("test-etag", "true && false", "PROHIBITED");
    assertProblem(
        admin().body(changed).put("/api/v1/rules/test-etag").then(), 428, "precondition-required");
    assertProblem(
        admin().header("If-Match", "\"1\"").body(changed).put("/api/v1/rules/test-etag").then(),
        412,
        "stale-version");
    String next =
        admin()
            .header("If-Match", etag)
            .body(changed)
            .put("/api/v1/rules/test-etag")
            .then()
            .statusCode(200)
            .body("condition", equalTo("true && false"))
            .extract()
            .header("ETag");
    assertThat(next).isNotEqualTo(etag);
    assertProblem(
        admin().header("If-Match", etag).delete("/api/v1/rules/test-etag").then(),
        412,
        "stale-version");
    assertProblem(admin().delete("/api/v1/rules/test-etag").then(), 428, "precondition-required");
    admin().header("If-Match", next).delete("/api/v1/rules/test-etag").then().statusCode(204);
  }

  @Test
  void concurrentEditsWithTheSameETagLetExactlyOneWin() throws Exception {
    String etag =
        admin()
            .body(rule("test-race", "false", "PROHIBITED"))
            .post("/api/v1/rules")
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    int writers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Callable<Integer>> edits = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        Map<String, Object> body = rule("test-race", "false", "PROHIBITED");
        body.put("notes", "writer " + i);
        edits.add(
            () ->
                admin()
                    .header("If-Match", etag)
                    .body(body)
                    .put("/api/v1/rules/test-race")
                    .then()
                    .extract()
                    .statusCode());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : pool.invokeAll(edits)) {
        statuses.add(result.get());
      }
      assertThat(statuses).containsOnly(200, 412);
      assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    json()
        .get("/api/v1/audit?targetId=test-race&action=UPDATE")
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
  }

  private ValidatableResponse refused(String condition) {
    long version = Fixtures.currentVersion();
    ValidatableResponse response =
        assertProblem(
            admin()
                .body(rule("test-bad-condition", condition, "PROHIBITED"))
                .post("/api/v1/rules")
                .then(),
            400,
            "invalid-expression");
    assertThat(Fixtures.currentVersion()).isEqualTo(version);
    return response;
  }

  @Test
  void badConditionsAreRefusedWithTheirPosition() {
    refused("item.tpp >= 4800 &&\n  (destination.country == 'CN'")
        .body("errors[0].field", equalTo("condition"))
        .body("errors[0].message", containsString("line 2, column"));
    refused("item.tpp > 1 && item.foo > 1")
        .body("errors[0].message", containsString("line 1, column 17"))
        .body("errors[0].message", containsString("undeclared reference"));
    refused("item.tpp > 'fast'")
        .body("errors[0].message", containsString("line 1, column 10"))
        .body("errors[0].message", containsString("no matching overload"));
    refused("item.tpp * 2.0").body("detail", containsString("bool"));
  }

  @Test
  void everyWriteNeedsAPolicyAdminToken() {
    Map<String, Object> ruleBody = rule("test-auth", "false", "PROHIBITED");
    Map<String, Object> entity =
        Map.of("id", "test-auth", "name", "X", "country", "CN", "citation", "c", "confidence", "H");
    Map<String, Object> member = Map.of("country", "FR");
    Map<String, Object> group =
        Map.of("code", "T:1", "name", "T", "description", "d", "confidence", "H");
    record Write(String method, String path, Object body) {}
    List<Write> writes =
        List.of(
            new Write("POST", "/api/v1/rules", ruleBody),
            new Write("PUT", "/api/v1/rules/ear-baseline-us-origin", ruleBody),
            new Write("DELETE", "/api/v1/rules/ear-baseline-us-origin", null),
            new Write("POST", "/api/v1/entities", entity),
            new Write("PUT", "/api/v1/entities/biren", entity),
            new Write("DELETE", "/api/v1/entities/biren", null),
            new Write("POST", "/api/v1/country-groups", group),
            new Write("POST", "/api/v1/country-groups/D:5/members", member),
            new Write("PUT", "/api/v1/country-groups/D:5/members/d5-cn", member),
            new Write("DELETE", "/api/v1/country-groups/D:5/members/d5-cn", null));
    long version = Fixtures.currentVersion();
    for (Write write : writes) {
      for (String token :
          new String[] {
            null,
            Fixtures.READER,
            io.canrun.testsupport.TestTokens.bearerSignedByStranger("policy-admin")
          }) {
        var request = json().header("If-Match", "\"1\"");
        if (token != null) {
          request = request.header("Authorization", token);
        }
        if (write.body() != null) {
          request = request.body(write.body());
        }
        int expected = token == Fixtures.READER ? 403 : 401;
        assertProblem(
            request.request(write.method(), write.path()).then(),
            expected,
            expected == 403 ? "forbidden" : "unauthenticated");
      }
    }
    assertThat(Fixtures.currentVersion()).isEqualTo(version);
  }

  @Test
  void listsFilterByRegimeDateAndVersion() {
    json()
        .get("/api/v1/rules?regime=CN&asOf=2026-01-20&version=1&size=300")
        .then()
        .statusCode(200)
        .body("items.id", hasItem("cn-2026-01-h200-not-permitted"))
        .body("items.regime", org.hamcrest.Matchers.everyItem(equalTo("CN")));
    json()
        .get("/api/v1/rules?regime=CN&asOf=2026-03-01&version=1&size=300")
        .then()
        .statusCode(200)
        .body("items.id", org.hamcrest.Matchers.not(hasItem("cn-2026-01-h200-not-permitted")));
  }
}
