package io.canrun.gateway.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.canrun.gateway.PolicyStub;
import io.canrun.gateway.PolicyStub.Pair;
import io.canrun.gateway.PolicyStub.Regime;
import io.canrun.gateway.Upstreams;
import io.canrun.gateway.client.PolicyClient;
import io.canrun.gateway.reliability.Replies.Reply;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Load held for 60 seconds at a fixed rate while the upstreams misbehave: every {@link #PHASE} a
 * different fault is switched on (policy latency, resets, 500s, dribbled bodies, a failing catalog,
 * both at once) and the policy version moves on, so cached verdicts cannot hide the faults. The
 * gateway must keep the reply contract on every request (no 5xx but the documented 503, never an
 * unfounded YES), keep answers within their budget, hold its heap and thread count after the first
 * full fault cycle (no leak), and answer YES again by itself once the faults stop. Tagged {@code
 * soak}: it runs under {@code ./mvnw -pl gateway -am verify -Psoak -DskipITs}, not in every build.
 */
@QuarkusTest
@Tag("soak")
class SoakTest {

  static final Duration DURATION = Duration.ofSeconds(60);
  static final Duration PHASE = Duration.ofMillis(2_500);
  static final int RATE_PER_SECOND = 20;

  /**
   * Each fault holds for this many requests rather than for a wall-clock time, so a stalled CI
   * machine stretches a phase instead of skipping its load.
   */
  static final int REQUESTS_PER_PHASE = (int) (RATE_PER_SECOND * PHASE.toMillis() / 1_000);

  /** Heap retained after a full GC may grow this much between the first cycle and the end. */
  static final long HEAP_GROWTH_BOUND = 48L * 1024 * 1024;

  /** Live threads may grow this much between the first cycle and the end (pools settle). */
  static final int THREAD_GROWTH_BOUND = 24;

  private static final AtomicLong VERSIONS = new AtomicLong(80_000);
  private static final String YES_QUESTION =
      "/api/v1/answer?model=qwen3.5-397b-a17b&chip=mtt-s5000&destination=CN";
  private static final List<String> QUESTIONS =
      List.of(
          YES_QUESTION,
          "/api/v1/answer?model=llama-3.1-70b&chip=h100-sxm&destination=CN",
          "/api/v1/answer?model=llama-3.1-70b&chip=dgx-h100&destination=DE",
          "/api/v1/answer?model=llama-3.1-405b&chip=h20&destination=CN&count=4",
          "/api/v1/answer?model=qwen3.5-397b-a17b&chip=mtt-s5000&destination=CN&precision=FP8");
  private static final List<String> READS =
      List.of(
          "/api/v1/options?model=llama-3.1-70b&destination=CN",
          "/api/v1/chips",
          "/api/v1/models/llama-3.1-70b",
          "/api/v1/systems");
  private static final String MATRIX =
      "{\"models\":[\"llama-3.1-70b\",\"qwen3.5-397b-a17b\"],"
          + "\"chips\":[\"h100-sxm\",\"mtt-s5000\"],\"destinations\":[\"CN\",\"DE\"]}";

  @Inject CircuitBreakerMaintenance breakers;

  private final List<Installed> faults = new ArrayList<>();

  /** A fault stub and the server it was installed on. */
  private record Installed(WireMockServer server, StubMapping stub) {}

  @AfterEach
  void restore() {
    clearFaults();
    Upstreams.serveCatalog();
    breakers.resetAll();
  }

  @Test
  void holdsTheContractHeapAndThreadsUnderFaultsAtAFixedRate() throws Exception {
    Upstreams.serveCatalog();
    breakers.resetAll();
    long first = VERSIONS.incrementAndGet();
    PolicyStub.reset(first);
    servePolicy(first);
    assertThat(Replies.get(YES_QUESTION).text("/answer")).isEqualTo("YES");

    List<Runnable> cycle = faultCycle();
    int phases = (int) (DURATION.toMillis() / PHASE.toMillis());
    ExecutorService clientThreads = Executors.newFixedThreadPool(4);
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(clientThreads)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    ConcurrentLinkedQueue<Timed> replies = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger outstanding = new AtomicInteger();
    AtomicBoolean measuring = new AtomicBoolean();
    Random random = new Random(4242);
    long soakStart = System.nanoTime();
    long heapAfterFirstCycle = 0;
    int threadsAfterFirstCycle = 0;
    int peakThreads = 0;
    long pausedMillis = 0;
    try {
      ticker.scheduleAtFixedRate(
          () -> {
            if (measuring.get()) {
              return;
            }
            String[] request = pick(random);
            long startedAt = (System.nanoTime() - soakStart) / 1_000_000;
            sent.incrementAndGet();
            outstanding.incrementAndGet();
            CompletableFuture<?> call =
                send(client, request)
                    .whenComplete(
                        (reply, error) -> {
                          outstanding.decrementAndGet();
                          if (error != null) {
                            failures.add(request[0] + ": " + error);
                          } else {
                            replies.add(new Timed(startedAt, reply));
                          }
                        });
            synchronized (inFlight) {
              inFlight.add(call);
            }
          },
          0,
          1_000 / RATE_PER_SECOND,
          TimeUnit.MILLISECONDS);

      for (int phase = 0; phase < phases; phase++) {
        clearFaults();
        servePolicy(VERSIONS.incrementAndGet());
        cycle.get(phase % cycle.size()).run();
        int phaseEnd = sent.get() + REQUESTS_PER_PHASE;
        Awaitility.await().atMost(PHASE.multipliedBy(4)).until(() -> sent.get() >= phaseEnd);
        peakThreads = Math.max(peakThreads, liveThreads());
        if (phase == cycle.size() - 1) {
          // The baseline after one full fault cycle, taken in a short pause of the load so the
          // forced GC neither races in-flight requests nor stalls them.
          long pause = System.nanoTime();
          measuring.set(true);
          Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> outstanding.get() == 0);
          heapAfterFirstCycle = retainedHeap();
          threadsAfterFirstCycle = liveThreads();
          measuring.set(false);
          pausedMillis = (System.nanoTime() - pause) / 1_000_000;
        }
      }
    } finally {
      ticker.shutdownNow();
    }
    clearFaults();
    List<CompletableFuture<?>> pending;
    synchronized (inFlight) {
      pending = new ArrayList<>(inFlight);
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
        .handle((ok, error) -> null)
        .get(Replies.REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);

    // Faults off and no manual breaker reset: the gateway answers YES again by itself.
    servePolicy(VERSIONS.incrementAndGet());
    Awaitility.await()
        .atMost(Duration.ofMillis(Budgets.breakerDelayMs(PolicyClient.class, "evaluate") + 10_000))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> "YES".equals(Replies.get(YES_QUESTION).text("/answer")));

    Upstreams.policy().resetRequests();
    Upstreams.catalog().resetRequests();
    long heapAtEnd = retainedHeap();
    int threadsAtEnd = liveThreads();
    clientThreads.shutdownNow();

    Map<Integer, Integer> statuses = new TreeMap<>();
    Map<String, Integer> answers = new TreeMap<>();
    List<Long> answerMillis = new ArrayList<>();
    List<Timed> slowest = new ArrayList<>(replies);
    slowest.sort((a, b) -> Long.compare(b.reply().millis(), a.reply().millis()));
    for (Timed timed : slowest.subList(0, Math.min(5, slowest.size()))) {
      System.out.printf(
          "Soak: slow reply at +%d ms: %d ms %s%n",
          timed.startedAt(), timed.reply().millis(), timed.reply().what());
    }
    for (Timed timed : replies) {
      Reply reply = timed.reply();
      statuses.merge(reply.status(), 1, Integer::sum);
      if (reply.what().startsWith("/api/v1/answer")) {
        answers.merge(String.valueOf(reply.text("/answer")), 1, Integer::sum);
        answerMillis.add(reply.millis());
      }
    }
    answerMillis.sort(null);
    System.out.printf(
        "Soak: %d sent (load paused %d ms to measure), %d replies, statuses %s, answers %s,"
            + " answer ms p50 %d p95 %d p99 %d max %d; heap after cycle 1 %d MiB, at end %d MiB;"
            + " threads after cycle 1 %d, peak %d, at end %d%n",
        sent.get(),
        pausedMillis,
        replies.size(),
        statuses,
        answers,
        percentile(answerMillis, 50),
        percentile(answerMillis, 95),
        percentile(answerMillis, 99),
        percentile(answerMillis, 100),
        heapAfterFirstCycle >> 20,
        heapAtEnd >> 20,
        threadsAfterFirstCycle,
        peakThreads,
        threadsAtEnd);

    assertThat(failures).as("requests that got no reply at all").isEmpty();
    assertThat(replies).hasSize(sent.get());
    assertThat(sent.get())
        .as("the fixed rate was held")
        .isGreaterThanOrEqualTo(
            (int) ((DURATION.toMillis() - pausedMillis) * RATE_PER_SECOND * 9 / 10 / 1_000));
    for (Timed timed : replies) {
      Reply reply = timed.reply();
      Replies.assertContract(reply);
      assertThat(reply.status()).as(reply.what()).isIn(200, 503);
      if (reply.what().startsWith("/api/v1/answer")) {
        assertThat(reply.millis())
            .as("%s sent at +%d ms: within the answer budget", reply.what(), timed.startedAt())
            .isLessThan(Budgets.answerMs());
      }
    }
    assertThat(answers).as("faults showed, and so did good answers").containsKeys("YES", "UNKNOWN");
    assertThat(heapAtEnd - heapAfterFirstCycle)
        .as("retained heap growth after the first fault cycle")
        .isLessThan(HEAP_GROWTH_BOUND);
    assertThat(threadsAtEnd - threadsAfterFirstCycle)
        .as("live thread growth after the first fault cycle")
        .isLessThan(THREAD_GROWTH_BOUND);
  }

  /** A reply and when its request was sent, in ms since the soak began. */
  private record Timed(long startedAt, Reply reply) {}

  /** One fault per phase; the cycle ends healthy. */
  private List<Runnable> faultCycle() {
    long timeout = Budgets.timeoutMs(PolicyClient.class, "evaluate");
    WireMockServer policy = Upstreams.policy();
    WireMockServer catalog = Upstreams.catalog();
    String evaluations = "/api/v1/evaluations";
    return List.of(
        () -> {},
        () ->
            fault(
                policy,
                post(urlPathEqualTo(evaluations)),
                aResponse().withFixedDelay((int) timeout * 2).withStatus(200).withBody("{}")),
        () -> fault(policy, any(anyUrl()), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        () -> fault(policy, post(urlPathEqualTo(evaluations)), aResponse().withStatus(500)),
        () -> fault(catalog, get(anyUrl()), aResponse().withStatus(500)),
        () ->
            fault(
                policy,
                post(urlPathEqualTo(evaluations)),
                okJson("{\"policyVersion\":1,\"results\":[]}")
                    .withChunkedDribbleDelay(10, (int) timeout * 2)),
        () -> {
          fault(catalog, get(anyUrl()), aResponse().withFault(Fault.EMPTY_RESPONSE));
          fault(
              policy,
              get(urlPathEqualTo("/api/v1/versions/current")),
              aResponse().withFixedDelay((int) timeout * 2).withStatus(200));
        },
        () -> {});
  }

  private void fault(
      WireMockServer server, MappingBuilder request, ResponseDefinitionBuilder response) {
    faults.add(new Installed(server, server.stubFor(request.atPriority(1).willReturn(response))));
  }

  private void clearFaults() {
    for (Installed fault : faults) {
      fault.server().removeStub(fault.stub());
    }
    faults.clear();
    // The request journals would otherwise grow with the load and blur the heap measurement.
    Upstreams.policy().resetRequests();
    Upstreams.catalog().resetRequests();
  }

  /** policy-service at {@code version}: YES, CONDITIONAL and summary verdicts for the questions. */
  private static void servePolicy(long version) {
    Regime free = Regime.of("NO_LICENSE_REQUIRED", null, "nlr");
    Regime foreign = Regime.of("NOT_APPLICABLE", null, "foreign");
    Regime caseByCase = Regime.of("LICENSE_REQUIRED", "CASE_BY_CASE", "cbc");
    WireMockServer policy = Upstreams.policy();
    policy.stubFor(
        get(urlPathEqualTo("/api/v1/versions/current"))
            .atPriority(3)
            .willReturn(okJson("{\"version\":" + version + ",\"changedBy\":\"soak\"}")));
    PolicyStub.verdict("mtt-s5000", "CN", version, foreign, free);
    PolicyStub.verdict("h100-sxm", "CN", version, caseByCase, free);
    PolicyStub.verdict("h100-sxm", "DE", version, free, foreign);
    PolicyStub.verdict("h20", "CN", version, caseByCase, Regime.of("DISCOURAGED", null, "d"));
    PolicyStub.batch(
        version,
        new Pair("mtt-s5000", "CN", foreign, free),
        new Pair("mtt-s5000", "DE", foreign, foreign),
        new Pair("h100-sxm", "CN", caseByCase, free),
        new Pair("h100-sxm", "DE", free, foreign));
  }

  private static String[] pick(Random random) {
    int roll = random.nextInt(100);
    if (roll < 60) {
      return new String[] {QUESTIONS.get(random.nextInt(QUESTIONS.size())), null};
    }
    if (roll < 70) {
      return new String[] {"/api/v1/matrix", MATRIX};
    }
    return new String[] {READS.get(random.nextInt(READS.size())), null};
  }

  private static CompletableFuture<Reply> send(HttpClient client, String[] request) {
    HttpRequest.Builder builder = Replies.request(request[0]);
    if (request[1] != null) {
      builder
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(request[1]));
    }
    long start = System.nanoTime();
    return client
        .sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .thenApply(
            response ->
                new Reply(
                    request[0],
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    (System.nanoTime() - start) / 1_000_000));
  }

  /** Heap in use once full collections stop freeing more than a MiB. */
  private static long retainedHeap() {
    long[] used = {Long.MAX_VALUE};
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              System.gc();
              long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
              boolean settled = used[0] - now < (1L << 20);
              used[0] = now;
              return settled;
            });
    return used[0];
  }

  private static int liveThreads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  private static long percentile(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
