package io.canrun.gateway.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.canrun.gateway.PolicyStub;
import io.canrun.gateway.PolicyStub.Regime;
import io.canrun.gateway.Upstreams;
import io.canrun.gateway.reliability.Replies.Reply;
import io.canrun.testsupport.HostileInput;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded fuzz run over every public endpoint of the gateway: random and hostile query
 * parameters, path segments, methods, media types and JSON bodies (malformed, deeply nested,
 * oversized). Whatever is sent, the reply keeps {@link Replies#assertContract}: no 5xx but the
 * documented 503, every error a problem document, never an unfounded YES. Replay a failure with
 * {@code -Dcanrun.fuzz.seed=<seed>}.
 */
@QuarkusTest
class GatewayFuzzTest {

  static final long SEED = Long.getLong("canrun.fuzz.seed", 20_261_206L);
  static final int REQUESTS = 2_000;
  static final int CLIENTS = 4;

  static final List<String> MODELS =
      List.of("qwen3.5-397b-a17b", "jiutian-35b", "llama-3.1-70b", "llama-3.1-405b");
  static final List<String> CHIPS =
      List.of("a100-sxm-80gb", "h100-sxm", "h20", "mtt-s5000", "zhenwu-m890", "dgx-h100");
  static final List<String> COUNTRIES = List.of("CN", "DE", "US", "AE", "cn", "XX", "CHN", "");
  static final List<String> FORMATS =
      List.of("FP32", "BF16", "FP16", "FP8", "INT8", "FP4", "MXFP4", "fp8", "FP7");
  static final List<String> ENGINES =
      List.of("vllm", "sglang", "trtllm", "llamacpp", "SGLang", "VLLM", "tgi", "llama.cpp");
  static final List<String> QUESTION_PARAMETERS =
      List.of(
          "model",
          "chip",
          "destination",
          "count",
          "precision",
          "kvPrecision",
          "engine",
          "context",
          "inputTokens",
          "outputTokens",
          "concurrency",
          "asOf",
          "endUser",
          "endUserHq",
          "exportFrom",
          "policyVersion",
          "assume.memoryUtilization",
          "assume.decodeEfficiency",
          "assume.warpSpeed");

  @Inject CircuitBreakerMaintenance breakers;

  @BeforeEach
  void upstreams() {
    Upstreams.serveCatalog();
    breakers.resetAll();
    PolicyStub.reset(91_000);
    Regime free = Regime.of("NO_LICENSE_REQUIRED", null, "nlr");
    Regime foreign = Regime.of("NOT_APPLICABLE", null, "foreign");
    PolicyStub.failEvaluations(200);
    PolicyStub.verdict("mtt-s5000", "CN", 91_000, foreign, free);
    PolicyStub.verdict(
        "h100-sxm", "CN", 91_000, Regime.of("LICENSE_REQUIRED", "CASE_BY_CASE", "c"), free);
    PolicyStub.batch(
        91_000,
        new PolicyStub.Pair("mtt-s5000", "CN", foreign, free),
        new PolicyStub.Pair("h100-sxm", "DE", free, foreign));
    // A cold gateway with a 600 ms test timeout may miss its first catalog read and answer the
    // documented 503 until it has a copy; the fuzz starts once the copy is there, so any 503
    // during the run would be a regression.
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> Replies.get("/api/v1/chips").status() == 200);
  }

  @Test
  void hostileRequestsNeverBreakTheContract() throws Exception {
    // Generated in one sequence from the seed (replayable), sent by a few clients at once.
    Random random = new Random(SEED);
    List<Fuzzed> requests = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      requests.add(next(random));
    }
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<Reply>> replies = new ArrayList<>();
    try {
      for (int i = 0; i < REQUESTS; i++) {
        Fuzzed fuzzed = requests.get(i);
        String what = "#" + i + " seed " + SEED + " " + fuzzed.what();
        replies.add(clients.submit(() -> Replies.send(what, fuzzed.request())));
      }
      Map<Integer, Integer> statuses = new TreeMap<>();
      Map<String, Integer> endpoints = new TreeMap<>();
      Reply slowest = null;
      for (int i = 0; i < REQUESTS; i++) {
        Reply reply = replies.get(i).get(2, TimeUnit.MINUTES);
        Replies.assertContract(reply);
        statuses.merge(reply.status(), 1, Integer::sum);
        endpoints.merge(requests.get(i).endpoint(), 1, Integer::sum);
        if (slowest == null || reply.millis() > slowest.millis()) {
          slowest = reply;
        }
      }
      System.out.printf(
          "Gateway fuzz (seed %d): %d requests, statuses %s, endpoints %s, slowest %d ms (%s)%n",
          SEED,
          REQUESTS,
          statuses,
          endpoints,
          slowest.millis(),
          Replies.abbreviate(slowest.what()));
      // The run reached both the happy path and every kind of refusal.
      assertThat(statuses).containsKeys(200, 400, 404, 405, 406, 413, 415);
      assertThat(endpoints).containsKeys("answer", "options", "matrix", "catalog");
      assertThat(statuses.get(200)).isGreaterThan(REQUESTS / 20);
      assertThat(statuses)
          .as("no 503 once the gateway holds a catalog copy")
          .doesNotContainKey(503);
    } finally {
      clients.shutdownNow();
    }
  }

  record Fuzzed(String endpoint, String what, HttpRequest request) {}

  private static Fuzzed next(Random random) {
    int roll = random.nextInt(100);
    Fuzzed fuzzed;
    if (roll < 40) {
      fuzzed = question(random, "answer", true);
    } else if (roll < 55) {
      fuzzed = question(random, "options", false);
    } else if (roll < 80) {
      fuzzed = matrix(random);
    } else {
      fuzzed = catalog(random);
    }
    return fuzzed;
  }

  /** GET /answer or /options with a random mix of good, bad, unknown and repeated parameters. */
  private static Fuzzed question(Random random, String endpoint, boolean withChip) {
    List<String> pairs = new ArrayList<>();
    for (String name : QUESTION_PARAMETERS) {
      if (!withChip && (name.equals("chip") || name.equals("count"))) {
        continue;
      }
      boolean required = name.equals("model") || name.equals("chip") || name.equals("destination");
      if (random.nextInt(100) < (required ? 92 : 15)) {
        String value = random.nextInt(100) < 70 ? plausible(random, name) : Hostile.value(random);
        pairs.add(HostileInput.encode(name) + "=" + HostileInput.encode(value));
      }
    }
    int extras = random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 0;
    for (int i = 0; i < extras; i++) {
      switch (random.nextInt(4)) {
        case 0 ->
            pairs.add(HostileInput.encode(Hostile.value(random)) + "=" + HostileInput.encode("x"));
        case 1 -> pairs.add("model=" + HostileInput.encode(HostileInput.pick(random, MODELS)));
        case 2 ->
            pairs.add("assume." + HostileInput.encode(HostileInput.unicode(random, 5)) + "=1");
        default -> pairs.add(HostileInput.encode(Hostile.value(random)));
      }
    }
    java.util.Collections.shuffle(pairs, random);
    String path = "/api/v1/" + endpoint + "?" + String.join("&", pairs);
    HttpRequest.Builder request = Replies.request(path);
    withHostileHeaders(random, request);
    String method = randomMethod(random, "GET");
    request.method(method, HttpRequest.BodyPublishers.noBody());
    return new Fuzzed(endpoint, method + " " + path, request.build());
  }

  private static String plausible(Random random, String name) {
    return switch (name) {
      case "model" -> HostileInput.pick(random, MODELS);
      case "chip" -> HostileInput.pick(random, CHIPS);
      case "destination", "endUserHq", "exportFrom" -> HostileInput.pick(random, COUNTRIES);
      case "precision", "kvPrecision" -> HostileInput.pick(random, FORMATS);
      case "asOf" -> HostileInput.pick(random, Hostile.DATES);
      case "endUser" -> HostileInput.unicode(random, 1 + random.nextInt(30));
      case "policyVersion" ->
          random.nextBoolean() ? "91000" : HostileInput.pick(random, Hostile.NUMBERS);
      case "assume.memoryUtilization" -> String.valueOf(random.nextDouble() * 1.5);
      case "assume.decodeEfficiency" -> String.valueOf(random.nextDouble());
      case "engine" -> HostileInput.pick(random, ENGINES);
      case "concurrency" ->
          random.nextInt(4) == 0
              ? HostileInput.pick(random, List.of("max", "MAX", "lots"))
              : String.valueOf(1 + random.nextInt(random.nextBoolean() ? 16 : 200_000));
      default ->
          random.nextBoolean()
              ? String.valueOf(1 + random.nextInt(random.nextBoolean() ? 16 : 200_000))
              : HostileInput.pick(random, Hostile.NUMBERS);
    };
  }

  /** POST /matrix with bodies from almost-right to garbage, in assorted media types. */
  private static Fuzzed matrix(Random random) {
    String body;
    int roll = random.nextInt(100);
    if (roll < 45) {
      body = matrixObject(random);
    } else if (roll < 75) {
      body = Hostile.malformedJson(random);
    } else if (roll < 77) {
      body = "{\"models\":[\"" + "x".repeat(2_200_000 + random.nextInt(100_000)) + "\"]}";
    } else if (roll < 85) {
      body =
          "{\"models\":"
              + HostileInput.nested(20 + random.nextInt(3_000), random.nextBoolean())
              + "}";
    } else {
      body = randomJson(random, 0);
    }
    HttpRequest.Builder request = Replies.request("/api/v1/matrix");
    String contentType =
        random.nextInt(100) < 85
            ? "application/json"
            : HostileInput.pick(
                random,
                List.of(
                    "text/plain",
                    "application/xml",
                    "application/x-www-form-urlencoded",
                    "application/json; charset=utf-16",
                    "application/problem+json",
                    "multipart/form-data; boundary=x",
                    "*/*",
                    "garbage"));
    request.header("Content-Type", contentType);
    withHostileHeaders(random, request);
    String method = randomMethod(random, "POST");
    request.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return new Fuzzed(
        "matrix",
        method + " /api/v1/matrix [" + contentType + "] " + Replies.abbreviate(body),
        request.build());
  }

  private static String matrixObject(Random random) {
    List<String> fields = new ArrayList<>();
    fields.add("\"models\":" + slugList(random, MODELS));
    fields.add("\"chips\":" + slugList(random, CHIPS));
    fields.add("\"destinations\":" + slugList(random, COUNTRIES));
    if (random.nextInt(4) == 0) {
      fields.add("\"asOf\":" + scalar(random, Hostile.DATES));
    }
    if (random.nextInt(4) == 0) {
      fields.add("\"precision\":" + scalar(random, FORMATS));
    }
    if (random.nextInt(4) == 0) {
      fields.add("\"engine\":" + scalar(random, ENGINES));
    }
    for (String number :
        List.of("context", "inputTokens", "outputTokens", "concurrency", "policyVersion")) {
      if (random.nextInt(5) == 0) {
        fields.add("\"" + number + "\":" + jsonNumber(random));
      }
    }
    if (random.nextInt(10) == 0) {
      fields.add("\"concurrency\":\"max\"");
    }
    for (String text : List.of("endUser", "endUserHq", "exportFrom")) {
      if (random.nextInt(6) == 0) {
        fields.add("\"" + text + "\":" + Hostile.jsonString(Hostile.value(random)));
      }
    }
    if (random.nextInt(10) == 0) {
      fields.add(Hostile.jsonString(Hostile.value(random)) + ":" + randomJson(random, 2));
    }
    if (random.nextInt(8) == 0) {
      fields.remove(random.nextInt(fields.size()));
    }
    java.util.Collections.shuffle(fields, random);
    return "{" + String.join(",", fields) + "}";
  }

  private static String slugList(Random random, List<String> plausible) {
    int roll = random.nextInt(100);
    if (roll < 5) {
      return randomJson(random, 1);
    }
    if (roll < 8) {
      // Over the 1,000-element limit.
      List<String> many = new ArrayList<>();
      for (int i = 0; i < 1_001 + random.nextInt(50); i++) {
        many.add(Hostile.jsonString("s" + i));
      }
      return "[" + String.join(",", many) + "]";
    }
    List<String> items = new ArrayList<>();
    int size = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(4);
    for (int i = 0; i < size; i++) {
      items.add(
          random.nextInt(100) < 80
              ? Hostile.jsonString(HostileInput.pick(random, plausible))
              : random.nextInt(5) == 0 ? "null" : Hostile.jsonString(Hostile.value(random)));
    }
    return "[" + String.join(",", items) + "]";
  }

  private static String scalar(Random random, List<String> plausible) {
    return random.nextInt(4) == 0
        ? randomJson(random, 2)
        : Hostile.jsonString(HostileInput.pick(random, plausible));
  }

  private static String jsonNumber(Random random) {
    return HostileInput.pick(
        random,
        List.of(
            "0",
            "-1",
            "1",
            "32768",
            "2147483648",
            "9223372036854775808",
            "1e309",
            "-1e309",
            "1.5",
            "1e2",
            "\"12\"",
            "null",
            "true",
            "[]",
            String.valueOf(random.nextLong())));
  }

  /** Any JSON value, valid but of a random shape. */
  private static String randomJson(Random random, int depth) {
    int roll = random.nextInt(depth > 3 ? 5 : 7);
    return switch (roll) {
      case 0 -> Hostile.jsonString(Hostile.value(random));
      case 1 -> jsonNumber(random);
      case 2 -> "null";
      case 3 -> random.nextBoolean() ? "true" : "false";
      case 4 -> "\"\"";
      case 5 -> {
        List<String> items = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          items.add(randomJson(random, depth + 1));
        }
        yield "[" + String.join(",", items) + "]";
      }
      default -> {
        List<String> fields = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          fields.add(
              Hostile.jsonString(HostileInput.unicode(random, 1 + random.nextInt(6)))
                  + ":"
                  + randomJson(random, depth + 1));
        }
        yield "{" + String.join(",", fields) + "}";
      }
    };
  }

  /** The catalog views: lists with junk parameters, one entry by a hostile slug. */
  private static Fuzzed catalog(Random random) {
    String kind = HostileInput.pick(random, List.of("chips", "systems", "models"));
    String path;
    if (random.nextBoolean() && !kind.equals("systems")) {
      String slug =
          random.nextBoolean()
              ? HostileInput.pick(random, random.nextBoolean() ? CHIPS : MODELS)
              : Hostile.value(random);
      String segment = HostileInput.encode(slug).replace("+", "%20");
      path = "/api/v1/" + kind + "/" + (segment.isEmpty() ? "%20" : segment);
    } else {
      path =
          "/api/v1/"
              + kind
              + (random.nextBoolean()
                  ? ""
                  : "?"
                      + HostileInput.encode(Hostile.value(random))
                      + "="
                      + HostileInput.encode(Hostile.value(random)));
    }
    HttpRequest.Builder request = Replies.request(path);
    withHostileHeaders(random, request);
    String method = randomMethod(random, "GET");
    request.method(
        method,
        method.equals("GET")
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString("{}"));
    return new Fuzzed("catalog", method + " " + path, request.build());
  }

  /** Mostly the right method; sometimes one the endpoint does not support. */
  private static String randomMethod(Random random, String right) {
    return random.nextInt(100) < 93
        ? right
        : HostileInput.pick(random, List.of("GET", "POST", "PUT", "DELETE", "PATCH"));
  }

  private static void withHostileHeaders(Random random, HttpRequest.Builder request) {
    if (random.nextInt(100) < 8) {
      request.header(
          "Accept",
          HostileInput.pick(
              random,
              List.of(
                  "application/json",
                  "*/*",
                  "application/problem+json",
                  "text/html",
                  "application/xml",
                  "text/plain;q=0.1, application/json;q=0.9",
                  "garbage")));
    }
    if (random.nextInt(100) < 4) {
      request.header(
          "Authorization", "Bearer " + HostileInput.pick(random, Hostile.INJECTIONS).trim());
    }
  }
}
