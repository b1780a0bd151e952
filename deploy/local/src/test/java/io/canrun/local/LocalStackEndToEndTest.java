package io.canrun.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.restassured.response.ValidatableResponse;
import org.awaitility.Awaitility;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole product, as a user runs it: the three built services and one embedded PostgreSQL,
 * started by the launcher's own code, driven over real HTTP. The order matters: the policy write
 * and the policy outage come last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackEndToEndTest {

  private LocalStack stack;
  private StackConfig config;
  private List<Long> children;

  @BeforeAll
  void start() throws IOException {
    Path repository = Path.of(System.getProperty("canrun.repo", "../..")).toAbsolutePath();
    Path data = Files.createTempDirectory("canrun-e2e");
    config =
        new StackConfig(
            repository, data, freePort(), freePort(), freePort(), freePort(), null, "postgres",
            "", StackConfig.DEFAULT_JAVA_OPTIONS);
    stack = LocalStack.start(config);
    children = stack.childPids();
  }

  @AfterAll
  void stopAndLeaveNothingBehind() {
    stack.close();
    assertThat(children)
        .allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
    assertThat(config.dataDir().resolve("canrun.pid")).doesNotExist();
  }

  @Test
  @Order(1)
  void yesForAChineseChipInChina() {
    answer("model=qwen3.5-397b-a17b&chip=mtt-s5000&destination=CN&precision=FP8")
        .body("answer", equalTo("YES"))
        .body("technical.chipsRequired", equalTo(6))
        .body("summary", containsString("6 × MTT S5000 at FP8"));
  }

  @Test
  @Order(2)
  void theSameQuestionHasDifferentAnswersOnDifferentDates() {
    answer("model=llama-3.1-70b&chip=h100-sxm&destination=CN&asOf=2023-01-15")
        .body("answer", equalTo("NO"))
        .body("policy.classification.class", equalTo("3A090"));
    answer("model=llama-3.1-70b&chip=h100-sxm&destination=CN&asOf=2026-11-22")
        .body("answer", equalTo("CONDITIONAL"))
        .body("policy.regimes.find { it.regime == 'US-EAR' }.reviewPolicy", equalTo("CASE_BY_CASE"));
  }

  @Test
  @Order(3)
  void aSecondStartOnTheSameDataIsRefused() {
    assertThatThrownBy(() -> LocalStack.start(config))
        .isInstanceOf(LocalStack.AlreadyRunningException.class)
        .hasMessageContaining("already running");
  }

  @Test
  @Order(4)
  void aPolicyWriteChangesALaterAnswer() {
    String before =
        answer("model=qwen3.5-397b-a17b&chip=mtt-s5000&destination=CN&precision=FP8")
            .extract()
            .path("answer");
    assertThat(before).isEqualTo("YES");
    given()
        .baseUri(stack.policyUrl())
        .header("Authorization", "Bearer " + stack.token("e2e", "policy-admin"))
        .contentType("application/json")
        .body(
            Map.ofEntries(
                Map.entry("id", "e2e-cn-import-ban-s5000"),
                Map.entry("regime", "CN"),
                Map.entry("title", "End-to-end test: a hypothetical import ban on the S5000"),
                Map.entry("citation", "test fixture, not a real measure"),
                Map.entry("effectiveFrom", "2026-01-01"),
                Map.entry("condition", "item.id == 'mtt-s5000' && destination.country == 'CN'"),
                Map.entry("effect", "PROHIBITED"),
                Map.entry("precedence", 200),
                Map.entry("confidence", "L")))
        .post("/api/v1/rules")
        .then()
        .statusCode(201);
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                answer("model=qwen3.5-397b-a17b&chip=mtt-s5000&destination=CN&precision=FP8")
                    .body("answer", equalTo("NO")));
  }

  @Test
  @Order(5)
  void policyServiceDownMeansUnknownNeverYes() {
    stack.stop("policy-service");
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                answer("model=llama-3.1-8b&chip=h100-sxm&destination=DE")
                    .body("answer", equalTo("UNKNOWN"))
                    .body("policy.available", equalTo(false))
                    .time(lessThan(5000L)));
  }

  private ValidatableResponse answer(String query) {
    return given()
        .baseUri(stack.gatewayUrl())
        .get("/api/v1/answer?" + query)
        .then()
        .statusCode(200);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
