package io.canrun.policy.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.canrun.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Parallel writers on one rule. {@code RuleAdminApiTest} shows that writers racing with the same
 * ETag have exactly one winner; this test shows that writers who reread and retry on 412 lose no
 * update: each appends its own mark to the rule's notes, and in the end every mark is there once,
 * the policy version moved by exactly the number of successful writes, and the audit log holds one
 * UPDATE per write — the state of some serial order of the writes.
 */
@QuarkusTest
class RuleWritersTest {

  private static final String ADMIN = TestTokens.bearer("writers@example.com", "policy-admin");

  @Test
  void readModifyWriteWithIfMatchLosesNoUpdate() throws Exception {
    String id = "test-writers-" + System.nanoTime() % 1_000_000;
    admin().body(rule(id, "")).post("/api/v1/rules").then().statusCode(201);
    long startVersion = currentVersion();
    int writers = 4;
    int writesEach = 4;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      Callable<Integer> edits =
          () -> {
            start.await();
            int conflicts = 0;
            for (int done = 0; done < writesEach; ) {
              Response current = given().get("/api/v1/rules/" + id);
              String notes = current.path("notes");
              String mark = "[w" + writer + "-" + done + "]";
              int status =
                  admin()
                      .header("If-Match", current.header("ETag"))
                      .body(rule(id, (notes == null ? "" : notes) + mark))
                      .put("/api/v1/rules/" + id)
                      .statusCode();
              if (status == 200) {
                done++;
              } else {
                assertThat(status).as("only a stale version may refuse the write").isEqualTo(412);
                conflicts++;
              }
            }
            return conflicts;
          };
      results.add(pool.submit(edits));
    }
    start.countDown();
    int conflicts = 0;
    for (Future<Integer> result : results) {
      conflicts += result.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();

    int writes = writers * writesEach;
    String notes =
        given().get("/api/v1/rules/" + id).then().statusCode(200).extract().path("notes");
    for (int w = 0; w < writers; w++) {
      for (int k = 0; k < writesEach; k++) {
        String mark = "[w" + w + "-" + k + "]";
        assertThat(notes.split(java.util.regex.Pattern.quote(mark), -1))
            .as("mark %s appears exactly once (%d stale attempts were retried)", mark, conflicts)
            .hasSize(2);
      }
    }
    assertThat(notes).hasSize(writes * "[w0-0]".length());
    assertThat(currentVersion())
        .as("one policy version per write")
        .isEqualTo(startVersion + writes);
    given()
        .get("/api/v1/audit?targetId=" + id + "&action=UPDATE&size=1")
        .then()
        .statusCode(200)
        .body("total", org.hamcrest.Matchers.equalTo(writes));
  }

  private static Map<String, Object> rule(String id, String notes) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", id);
    rule.put("regime", "US-EAR");
    rule.put("title", "Writers test " + id);
    rule.put("citation", "Test citation");
    rule.put("sourceUrl", "https://example.org/rule");
    rule.put("effectiveFrom", "2020-01-01");
    rule.put("condition", "false");
    rule.put("effect", "PROHIBITED");
    rule.put("reviewPolicy", "PRESUMPTION_OF_DENIAL");
    rule.put("precedence", 200);
    rule.put("confidence", "H");
    rule.put("notes", notes);
    return rule;
  }

  private static long currentVersion() {
    return given()
        .get("/api/v1/versions/current")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("version");
  }

  private static RequestSpecification admin() {
    return given().header("Authorization", ADMIN).contentType(ContentType.JSON);
  }
}
