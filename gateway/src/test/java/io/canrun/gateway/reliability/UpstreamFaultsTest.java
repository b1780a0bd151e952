package io.canrun.gateway.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.canrun.gateway.PolicyStub;
import io.canrun.gateway.PolicyStub.Regime;
import io.canrun.gateway.Upstreams;
import io.canrun.gateway.client.CatalogClient;
import io.canrun.gateway.client.PolicyClient;
import io.canrun.gateway.reliability.Replies.Reply;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faults between the gateway and its upstreams, injected with WireMock: latency beyond the timeout,
 * resets, empty and garbage replies, 5xx, bodies dribbled slower than the timeout, and an upstream
 * killed and restarted on the same port. The gateway must answer within the budget its
 * fault-tolerance settings promise ({@link Budgets}), say UNKNOWN with a reason and never YES while
 * policy-service gives no verdict, and recover by itself once the upstream is back and the circuit
 * breaker's delay has passed.
 *
 * <p>Every fault that can carry a body carries a valid YES verdict, so a gateway that waited past
 * its timeout or trusted a failed reply would answer YES and fail the test.
 */
@QuarkusTest
class UpstreamFaultsTest {

  private static final AtomicLong VERSIONS = new AtomicLong(70_000);
  private static final String CHIP = "mtt-s5000";
  private static final String QUESTION =
      "/api/v1/answer?model=qwen3.5-397b-a17b&chip=" + CHIP + "&destination=CN";
  private static final String OPTIONS = "/api/v1/options?model=qwen3.5-397b-a17b&destination=CN";
  private static final String EVALUATIONS = "/api/v1/evaluations";

  @Inject CircuitBreakerMaintenance breakers;

  private long version;

  @BeforeEach
  void healthyUpstreams() {
    restartIfStopped(Upstreams.policy());
    restartIfStopped(Upstreams.catalog());
    Upstreams.serveCatalog();
    breakers.resetAll();
    version = VERSIONS.incrementAndGet();
    servePolicyYes(version);
  }

  @AfterEach
  void restore() {
    restartIfStopped(Upstreams.policy());
    restartIfStopped(Upstreams.catalog());
    Upstreams.serveCatalog();
    breakers.resetAll();
    // Leave a fresh catalog copy behind for the tests that run after this class.
    servePolicyYes(VERSIONS.incrementAndGet());
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> !Replies.get(QUESTION).json().path("stale").asBoolean(true));
  }

  static Stream<Arguments> policyFaults() {
    long timeout = Budgets.timeoutMs(PolicyClient.class, "evaluate");
    return Stream.of(
        fault(
            "fixed delay beyond the timeout",
            yes -> okJson(yes).withFixedDelay((int) timeout * 2),
            "did not answer in time"),
        fault(
            "body dribbled slower than the timeout",
            yes -> okJson(yes).withChunkedDribbleDelay(10, (int) timeout * 2),
            "did not answer in time"),
        fault(
            "connection reset by peer",
            yes -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
            "policy-service"),
        fault(
            "empty response", yes -> aResponse().withFault(Fault.EMPTY_RESPONSE), "policy-service"),
        fault(
            "malformed response chunk",
            yes -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
            "policy-service"),
        fault(
            "random data then close",
            yes -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
            "policy-service"),
        fault(
            "HTTP 500 carrying a YES body",
            yes ->
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "application/json")
                    .withBody(yes),
            "HTTP 500"),
        fault(
            "HTTP 503",
            yes -> aResponse().withStatus(503).withHeader("Retry-After", "1"),
            "HTTP 503"),
        fault("200 with an empty object", yes -> okJson("{}"), "policy-service"),
        fault(
            "200 with a null result",
            yes -> okJson("{\"policyVersion\":1,\"results\":[null]}"),
            "usable"),
        fault(
            "200 with a null regime",
            yes ->
                okJson(
                    "{\"policyVersion\":1,\"results\":[{\"item\":\"mtt-s5000\","
                        + "\"destination\":\"CN\",\"regimes\":[null]}]}"),
            "usable"),
        fault(
            "200 with a truncated body",
            yes -> okJson(yes.substring(0, yes.length() / 2)),
            "policy-service"),
        fault(
            "200 with HTML",
            yes ->
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>" + yes + "</body></html>"),
            "policy-service"));
  }

  private static Arguments fault(
      String name, Function<String, ResponseDefinitionBuilder> response, String reason) {
    return Arguments.of(name, response, reason);
  }

  @ParameterizedTest(name = "policy evaluations: {0}")
  @MethodSource("policyFaults")
  void aFailingEvaluationIsUnknownWithinTheBudget(
      String name, Function<String, ResponseDefinitionBuilder> fault, String reason) {
    Upstreams.policy()
        .stubFor(
            post(urlPathEqualTo(EVALUATIONS))
                .atPriority(1)
                .willReturn(fault.apply(yesBody(version))));

    Reply answer = Replies.get(QUESTION);
    Replies.assertContract(answer);
    assertThat(answer.status()).as(name).isEqualTo(200);
    assertThat(answer.text("/answer")).as(name).isEqualTo("UNKNOWN");
    assertThat(answer.json().at("/policy/available").asBoolean()).isFalse();
    assertThat(answer.text("/policy/reason")).as(name).isNotBlank().contains(reason);
    assertThat(answer.millis())
        .as("%s: answered within the budget of %d ms", name, Budgets.answerMs())
        .isLessThan(Budgets.answerMs());

    // The batched endpoints keep the same promise, within the batch budget.
    Reply options = Replies.get(OPTIONS);
    Replies.assertContract(options);
    assertThat(options.status()).as(name).isEqualTo(200);
    assertThat(options.millis()).as(name).isLessThan(Budgets.batchMs());
    Reply matrix =
        Replies.postJson(
            "/api/v1/matrix",
            "{\"models\":[\"qwen3.5-397b-a17b\"],\"chips\":[\""
                + CHIP
                + "\"],"
                + "\"destinations\":[\"CN\",\"DE\"]}");
    Replies.assertContract(matrix);
    assertThat(matrix.status()).as(name).isEqualTo(200);
    assertThat(matrix.millis()).as(name).isLessThan(Budgets.batchMs());
  }

  static Stream<Arguments> versionFaults() {
    long timeout = Budgets.timeoutMs(PolicyClient.class, "currentVersion");
    return Stream.of(
        fault(
            "fixed delay beyond the timeout",
            v -> okJson(v).withFixedDelay((int) timeout * 2),
            "did not answer in time"),
        fault(
            "body dribbled slower than the timeout",
            v -> okJson(v).withChunkedDribbleDelay(5, (int) timeout * 2),
            "did not answer in time"),
        fault(
            "connection reset by peer",
            v -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
            "policy-service"),
        fault("HTTP 500", v -> aResponse().withStatus(500).withBody(v), "HTTP 500"),
        fault("200 with garbage", v -> okJson("{\"version\":\"latest\"}"), "policy-service"));
  }

  @ParameterizedTest(name = "policy version check: {0}")
  @MethodSource("versionFaults")
  void aFailingVersionCheckIsUnknownWithinTheBudget(
      String name, Function<String, ResponseDefinitionBuilder> fault, String reason) {
    Upstreams.policy()
        .stubFor(
            get(urlPathEqualTo("/api/v1/versions/current"))
                .atPriority(1)
                .willReturn(fault.apply("{\"version\":" + version + ",\"changedBy\":\"x\"}")));
    Reply answer = Replies.get(QUESTION);
    Replies.assertContract(answer);
    assertThat(answer.text("/answer")).as(name).isEqualTo("UNKNOWN");
    assertThat(answer.text("/policy/reason")).as(name).isNotBlank().contains(reason);
    assertThat(answer.millis()).as(name).isLessThan(Budgets.answerMs());
  }

  static Stream<Arguments> catalogFaults() {
    long timeout = Budgets.catalogTimeoutMs();
    return Stream.of(
        catalogFault(
            "fixed delay beyond the timeout",
            b -> aResponse().withFixedDelay((int) timeout * 2).withStatus(200)),
        catalogFault(
            "body dribbled slower than the timeout",
            b ->
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(b)
                    .withChunkedDribbleDelay(10, (int) timeout * 2)),
        catalogFault(
            "connection reset by peer", b -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        catalogFault("empty response", b -> aResponse().withFault(Fault.EMPTY_RESPONSE)),
        catalogFault("HTTP 500", b -> aResponse().withStatus(500)),
        catalogFault("200 with an empty object", b -> okJson("{}")));
  }

  private static Arguments catalogFault(
      String name, Function<String, ResponseDefinitionBuilder> response) {
    return Arguments.of(name, response);
  }

  /**
   * The catalog is read in the background: its faults never slow an answer, which keeps coming from
   * the last good copy and is marked stale.
   */
  @ParameterizedTest(name = "catalog: {0}")
  @MethodSource("catalogFaults")
  void aFailingCatalogLeavesAnswersPromptAndMarkedStale(
      String name, Function<String, ResponseDefinitionBuilder> fault) {
    Reply fresh = Replies.get(QUESTION);
    assertThat(fresh.text("/answer")).isEqualTo("YES");
    Upstreams.catalog()
        .stubFor(
            get(anyUrl())
                .atPriority(1)
                .willReturn(fault.apply("{\"items\":[],\"total\":0,\"page\":0,\"size\":500}")));
    List<Reply> replies = new ArrayList<>();
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              Reply reply = Replies.get(QUESTION);
              replies.add(reply);
              return reply.json() != null && reply.json().path("stale").asBoolean();
            });
    for (Reply reply : replies) {
      Replies.assertContract(reply);
      assertThat(reply.status()).as(name).isEqualTo(200);
      assertThat(reply.text("/answer")).as(name).isEqualTo("YES");
      assertThat(reply.millis()).as(name).isLessThan(Budgets.answerMs());
    }
  }

  @Test
  void policyServiceKilledThenRestartedOnItsPortIsUnknownUntilTheBreakerCloses() {
    WireMockServer policy = Upstreams.policy();
    int port = policy.port();
    assertThat(Replies.get(QUESTION).text("/answer")).isEqualTo("YES");

    policy.stop();
    Reply open = null;
    try {
      // Down: every answer UNKNOWN and prompt, until the breaker opens and answers at once.
      for (int i = 0; i < 40 && open == null; i++) {
        Reply reply = Replies.get(QUESTION);
        Replies.assertContract(reply);
        assertThat(reply.text("/answer")).isEqualTo("UNKNOWN");
        assertThat(reply.text("/policy/reason")).contains("policy-service");
        assertThat(reply.millis()).isLessThan(Budgets.answerMs());
        if (reply.text("/policy/reason").contains("circuit breaker")) {
          open = reply;
        }
      }
      assertThat(open).as("the circuit breaker opened while policy-service was down").isNotNull();
    } finally {
      policy.start();
    }
    assertThat(policy.port()).as("restarted on the same port").isEqualTo(port);
    long restarted = System.nanoTime();
    servePolicyYes(VERSIONS.incrementAndGet());

    // Back, but the breaker is still open: UNKNOWN at once, never YES.
    Reply stillOpen = Replies.get(QUESTION);
    Replies.assertContract(stillOpen);
    assertThat(stillOpen.text("/answer")).isEqualTo("UNKNOWN");

    // No manual reset: the breaker lets a trial through after its delay and closes.
    long delay = Budgets.breakerDelayMs(PolicyClient.class, "currentVersion");
    Awaitility.await()
        .atMost(Duration.ofMillis(delay + 10_000))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              Reply reply = Replies.get(QUESTION);
              Replies.assertContract(reply);
              assertThat(reply.text("/answer")).isIn("UNKNOWN", "YES");
              return "YES".equals(reply.text("/answer"));
            });
    long recoveredAfter = (System.nanoTime() - restarted) / 1_000_000;
    assertThat(recoveredAfter)
        .as("recovered by the breaker's own delay, not before")
        .isGreaterThanOrEqualTo(delay - 2_000);
  }

  @Test
  void catalogServiceKilledThenRestartedOnItsPortIsServedFromTheCopyThenFresh() {
    WireMockServer catalog = Upstreams.catalog();
    int port = catalog.port();
    assertThat(Replies.get(QUESTION).json().path("stale").asBoolean()).isFalse();

    catalog.stop();
    List<Reply> whileDown = new ArrayList<>();
    try {
      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ofMillis(200))
          .until(
              () -> {
                Reply reply = Replies.get(QUESTION);
                whileDown.add(reply);
                return reply.json().path("stale").asBoolean();
              });
    } finally {
      catalog.start();
    }
    assertThat(catalog.port()).isEqualTo(port);
    Upstreams.serveCatalog();
    for (Reply reply : whileDown) {
      Replies.assertContract(reply);
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.millis()).isLessThan(Budgets.answerMs());
    }
    // No manual reset: the copy is confirmed again once the catalog breaker lets reads through.
    long delay = Budgets.breakerDelayMs(CatalogClient.class, "read");
    Awaitility.await()
        .atMost(Duration.ofMillis(delay + 15_000))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              Reply reply = Replies.get(QUESTION);
              Replies.assertContract(reply);
              return !reply.json().path("stale").asBoolean(true);
            });
  }

  /** policy-service answering YES for the question at {@code version}. */
  private static void servePolicyYes(long version) {
    PolicyStub.reset(version);
    PolicyStub.verdict(
        CHIP,
        "CN",
        version,
        Regime.of("NOT_APPLICABLE", null, "ear-foreign"),
        Regime.of("NO_LICENSE_REQUIRED", null, "cn-nlr"));
    PolicyStub.batch(
        version,
        new PolicyStub.Pair(
            CHIP,
            "CN",
            Regime.of("NOT_APPLICABLE", null, "ear-foreign"),
            Regime.of("NO_LICENSE_REQUIRED", null, "cn-nlr")),
        new PolicyStub.Pair(
            CHIP,
            "DE",
            Regime.of("NOT_APPLICABLE", null, "ear-foreign"),
            Regime.of("NOT_APPLICABLE", null, "cn-foreign")));
  }

  /** The body policy-service gives for the YES verdict, as registered by {@link PolicyStub}. */
  private static String yesBody(long version) {
    return Upstreams.policy().getStubMappings().stream()
        .filter(m -> m.getRequest().getMethod().equals(RequestMethod.POST))
        .filter(m -> m.getRequest().getBodyPatterns().size() == 2)
        .map(m -> m.getResponse().getBody())
        .filter(body -> body.contains("\"policyVersion\":" + version))
        .findFirst()
        .orElseThrow();
  }

  private static void restartIfStopped(WireMockServer server) {
    if (!server.isRunning()) {
      server.start();
    }
  }
}
