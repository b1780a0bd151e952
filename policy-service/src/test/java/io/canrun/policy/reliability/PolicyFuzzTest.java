package io.canrun.policy.reliability;

import static io.canrun.testsupport.HostileInput.abbreviate;
import static io.canrun.testsupport.HostileInput.asciiOnly;
import static io.canrun.testsupport.HostileInput.encode;
import static io.canrun.testsupport.HostileInput.pick;
import static io.canrun.testsupport.HostileInput.unicode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.canrun.testsupport.HostileInput;
import io.canrun.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded fuzz run over policy-service: classifications, evaluations and impact questions
 * with hostile bodies, reads with hostile parameters, and rule, entity and country-group
 * administration — mostly with a valid policy-admin token — whose bodies or If-Match must be
 * refused. No reply is a 5xx, every error is a problem document, no write succeeds, and afterwards
 * the policy version, the audit log and every rule, entity and group listing are unchanged. Replay
 * a failure with {@code -Dcanrun.fuzz.seed=<seed>}.
 */
@QuarkusTest
class PolicyFuzzTest {

  static final long SEED = Long.getLong("canrun.fuzz.seed", 20_261_206L);
  static final int REQUESTS = 2_000;
  static final int CLIENTS = 3;

  static final String ADMIN = TestTokens.bearer("fuzz-admin@example.com", "policy-admin");
  static final String READER = TestTokens.bearer("fuzz-reader@example.com", "catalog-editor");
  static final String STRANGER = TestTokens.bearerSignedByStranger("policy-admin");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  static final List<String> HOSTILE =
      Stream.concat(
              HostileInput.STRINGS.stream(),
              Stream.of(
                  "x'; DROP TABLE rule_revision; --",
                  "true || item.tpp > 0",
                  "item.tpp > 1.0 ? true : false",
                  "size(destination.groups) > 99999999999999999999"))
          .toList();

  static final String ITEM =
      "{\"id\":\"h100-sxm\",\"name\":\"H100 SXM5 80GB\",\"vendor\":\"Nvidia\","
          + "\"designerCountry\":\"US\",\"foundry\":\"TSMC\",\"marketSegment\":\"DATACENTER\","
          + "\"dieAreaMm2\":814,\"memoryBandwidthGBps\":3350,\"interconnectGBps\":900,"
          + "\"tops\":{\"FP8\":1978.9,\"BF16\":989.4,\"INT8\":1978.9}}";

  @Test
  void hostileRequestsChangeNothingAndNeverFail() throws Exception {
    Map<String, String> before = state();
    Map<String, ObjectNode> bases = bases();
    Random random = new Random(SEED);
    List<Fuzzed> requests = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      int roll = random.nextInt(100);
      requests.add(roll < 45 ? write(random, bases) : roll < 75 ? question(random) : read(random));
    }
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<Reply>> replies = new ArrayList<>();
      for (Fuzzed fuzzed : requests) {
        replies.add(clients.submit(() -> send(fuzzed)));
      }
      Map<Integer, Integer> statuses = new TreeMap<>();
      for (int i = 0; i < REQUESTS; i++) {
        Fuzzed fuzzed = requests.get(i);
        Reply reply = replies.get(i).get(2, TimeUnit.MINUTES);
        String what = "#" + i + " seed " + SEED + " " + fuzzed.what() + " -> " + reply;
        assertContract(reply, what);
        if (fuzzed.write()) {
          assertThat(reply.status())
              .as("a write that must be refused: %s", what)
              .isGreaterThanOrEqualTo(400);
        }
        statuses.merge(reply.status(), 1, Integer::sum);
      }
      System.out.printf(
          "Policy fuzz (seed %d): %d requests, statuses %s%n", SEED, REQUESTS, statuses);
      assertThat(statuses).containsKeys(200, 400, 401, 403, 404, 409, 412, 413, 415);
    } finally {
      clients.shutdownNow();
    }
    assertThat(state())
        .as("policy version, audit log and listings after the fuzz")
        .isEqualTo(before);
  }

  // ---------------------------------------------------------------- writes

  private static Fuzzed write(Random random, Map<String, ObjectNode> bases) {
    String kind = pick(random, List.of("rules", "rules", "rules", "entities", "members", "groups"));
    ObjectNode body = bases.get(kind).deepCopy();
    String method;
    String path;
    switch (kind) {
      case "rules", "entities" -> {
        method = pick(random, List.of("POST", "PUT", "PUT", "DELETE"));
        String id = body.path("id").asText();
        path =
            "/api/v1/"
                + kind
                + (method.equals("POST")
                    ? ""
                    : "/" + (random.nextInt(10) == 0 ? encode(pick(random, HOSTILE)) : id));
      }
      case "members" -> {
        method = pick(random, List.of("POST", "PUT", "DELETE"));
        path =
            "/api/v1/country-groups/"
                + (random.nextInt(10) == 0 ? encode(pick(random, HOSTILE)) : "D:5")
                + "/members"
                + (method.equals("POST") ? "" : "/d5-cn");
      }
      default -> {
        method = "POST";
        path = "/api/v1/country-groups";
      }
    }
    HostileInput.damage(random, body, 3, HOSTILE);
    // A POST is refused for its body or, naming an existing id, as a conflict; a PUT or DELETE
    // at least for its stale If-Match.
    if (method.equals("POST") && !kind.equals("members") && random.nextInt(10) == 0) {
      body = bases.get(kind).deepCopy();
    } else if (method.equals("POST") || random.nextBoolean()) {
      refuse(random, kind, body);
    }
    String text = HostileInput.garble(random, body.toString(), 72);
    HttpRequest.Builder request = request(path);
    String contentType =
        random.nextInt(100) < 90
            ? "application/json"
            : pick(random, List.of("text/plain", "application/xml", "*/*", "garbage/x"));
    request.header("Content-Type", contentType);
    if (!method.equals("POST") || random.nextInt(10) == 0) {
      request.header(
          "If-Match",
          pick(random, List.of("\"999999\"", "\"999999\"", "\"-1\"", "*", "W/\"999999\"", "x")));
    }
    int auth = random.nextInt(100);
    if (auth < 88) {
      request.header("Authorization", ADMIN);
    } else if (auth < 92) {
      request.header("Authorization", READER);
    } else if (auth < 96) {
      request.header("Authorization", STRANGER);
    } else if (auth < 98) {
      request.header("Authorization", "Bearer " + asciiOnly(pick(random, HOSTILE)));
    }
    request.method(
        method,
        method.equals("DELETE") && random.nextBoolean()
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
    return new Fuzzed(
        true, method + " " + path + " [" + contentType + "] " + abbreviate(text), request.build());
  }

  /** At least one change the service must refuse, so no fuzzed write can succeed. */
  private static void refuse(Random random, String kind, ObjectNode body) {
    switch (random.nextInt(kind.equals("rules") ? 7 : 3)) {
      case 0 -> body.put(asciiOnly(pick(random, HOSTILE)) + "unknownField", 1);
      case 1 -> body.put("notes", "n".repeat(4_001 + random.nextInt(3_000)));
      case 2 -> body.put("country".equals(firstField(kind)) ? "country" : "code", "??");
      case 3 ->
          body.put(
              "condition",
              pick(random, List.of("item.tpp >", "(((", "item.nope > 1", "1 + 1", "")));
      case 4 -> body.put("precedence", pick(random, List.of(-1, 1001, Integer.MAX_VALUE)));
      case 5 -> body.put("effect", pick(random, List.of("MAYBE", "", "prohibited")));
      default -> body.put("sourceUrl", pick(random, List.of("javascript:alert(1)", "no url")));
    }
  }

  private static String firstField(String kind) {
    return kind.equals("members") ? "country" : "code";
  }

  // ---------------------------------------------------------------- read-only POSTs

  /** Classifications, evaluations and impact questions: they answer or refuse, never fail. */
  private static Fuzzed question(Random random) {
    String path =
        pick(
            random,
            List.of(
                "/api/v1/evaluations",
                "/api/v1/evaluations",
                "/api/v1/classifications",
                "/api/v1/impact"));
    ObjectNode body;
    try {
      ObjectNode item = (ObjectNode) JSON.readTree(ITEM);
      HostileInput.damage(random, item, 3, HOSTILE);
      body = JSON.createObjectNode();
      if (path.endsWith("classifications")) {
        body.set("item", item);
      } else {
        ArrayNode items = body.putArray("items");
        int count = random.nextInt(20) == 0 ? 200 + random.nextInt(300) : 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
          ObjectNode copy = item.deepCopy();
          copy.put("id", i == 0 ? item.path("id").asText() : "fuzz-item-" + i);
          items.add(copy);
        }
        ArrayNode destinations = body.putArray("destinations");
        for (int i = random.nextInt(4); i >= 0; i--) {
          destinations.add(
              random.nextInt(4) == 0
                  ? pick(random, HOSTILE)
                  : pick(random, List.of("CN", "DE", "AE", "MO", "vn", "XX", "USA")));
        }
        if (path.endsWith("impact")) {
          ObjectNode change = body.putObject("change");
          change.put("op", pick(random, List.of("ADD", "EDIT", "REMOVE", "NUKE")));
          change.put("ruleId", pick(random, List.of("ear-baseline-us-origin", "nope", "")));
        }
      }
      if (random.nextInt(3) == 0) {
        body.put(
            "asOf",
            pick(
                random,
                List.of("2026-11-22", "2023-02-30", "0000-01-01", "+999999999-12-31", "x")));
      }
      if (random.nextInt(5) == 0) {
        body.put("policyVersion", pick(random, List.of(1, 0, -1, 999999, Integer.MAX_VALUE)));
      }
      if (random.nextInt(6) == 0) {
        body.putObject("endUser")
            .put("name", pick(random, HOSTILE))
            .put("headquarters", pick(random, List.of("CN", "cn", "China", "")));
      }
      if (random.nextInt(6) == 0) {
        body.put("detail", pick(random, List.of("FULL", "SUMMARY", "ALL")));
      }
      HostileInput.damage(random, body, 3, HOSTILE);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    String text = HostileInput.garble(random, body.toString(), 72);
    HttpRequest request =
        request(path)
            .header("Content-Type", random.nextInt(20) == 0 ? "text/plain" : "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
            .build();
    return new Fuzzed(false, "POST " + path + " " + abbreviate(text), request);
  }

  // ---------------------------------------------------------------- reads

  private static Fuzzed read(Random random) {
    String path =
        pick(
            random,
            List.of(
                "/api/v1/rules",
                "/api/v1/rules/" + encode(pick(random, List.of("ear-baseline-us-origin", "nope"))),
                "/api/v1/rules/" + encode(pick(random, HOSTILE) + unicode(random, 3)),
                "/api/v1/rules/variables",
                "/api/v1/entities",
                "/api/v1/entities/" + encode(pick(random, HOSTILE)),
                "/api/v1/countries",
                "/api/v1/countries/"
                    + encode(pick(random, List.of("HK", "cn", "QQ", "\u0000", "CHN"))),
                "/api/v1/country-groups",
                "/api/v1/country-groups/"
                    + encode(pick(random, List.of("D:5", "D%3A5", "Z:9", "'"))),
                "/api/v1/country-groups/D:5/members",
                "/api/v1/audit",
                "/api/v1/versions/current"));
    List<String> pairs = new ArrayList<>();
    for (String name :
        List.of(
            "page",
            "size",
            "regime",
            "asOf",
            "version",
            "q",
            "kind",
            "targetId",
            "action",
            "since",
            "actor")) {
      if (random.nextInt(100) < 10) {
        String value =
            random.nextBoolean()
                ? pick(
                    random,
                    List.of("0", "1", "300", "301", "US-EAR", "2026-11-22", "RULE", "UPDATE"))
                : pick(random, HOSTILE) + unicode(random, random.nextInt(4));
        pairs.add(name + "=" + encode(value));
      }
    }
    String target =
        path.replace("+", "%20") + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
    HttpRequest.Builder request = request(target);
    if (random.nextInt(20) == 0) {
      request.header("Accept", pick(random, List.of("application/xml", "text/html", "*/*")));
    }
    return new Fuzzed(false, "GET " + target, request.GET().build());
  }

  // ---------------------------------------------------------------- state

  /** Version, audit size and every listing, each as its full text. */
  private static Map<String, String> state() {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("version", get("/api/v1/versions/current").body());
    state.put("audit", get("/api/v1/audit?size=1").body());
    for (String paged : List.of("/api/v1/rules", "/api/v1/entities")) {
      StringBuilder all = new StringBuilder();
      for (int page = 0; page < 50; page++) {
        Reply reply = get(paged + "?size=300&page=" + page);
        assertThat(reply.status()).as(paged).isEqualTo(200);
        all.append(reply.body());
        if (!reply.body().contains("\"id\"")) {
          break;
        }
      }
      state.put(paged, all.toString());
    }
    for (String listing : List.of("/api/v1/country-groups", "/api/v1/country-groups/D:5/members")) {
      Reply reply = get(listing);
      assertThat(reply.status()).as(listing).isEqualTo(200);
      state.put(listing, reply.body());
    }
    return state;
  }

  /** A valid body of each kind, taken from what the service already holds. */
  private static Map<String, ObjectNode> bases() throws IOException {
    Map<String, ObjectNode> bases = new LinkedHashMap<>();
    ObjectNode rule =
        (ObjectNode) JSON.readTree(get("/api/v1/rules/ear-baseline-us-origin").body());
    rule.remove("version");
    bases.put("rules", rule);
    JsonNode entities = JSON.readTree(get("/api/v1/entities?size=1").body()).path("items");
    ObjectNode entity = (ObjectNode) entities.path(0);
    entity.remove("version");
    bases.put("entities", entity);
    ObjectNode member = JSON.createObjectNode();
    member.put("country", "FR");
    bases.put("members", member);
    ObjectNode group = JSON.createObjectNode();
    group.put("code", "D:5");
    group.put("name", "Country Group D:5");
    group.put("description", "fuzz");
    group.put("confidence", "H");
    bases.put("groups", group);
    return bases;
  }

  // ---------------------------------------------------------------- plumbing

  record Fuzzed(boolean write, String what, HttpRequest request) {}

  record Reply(int status, String contentType, String body) {
    @Override
    public String toString() {
      return status + " " + contentType + " " + abbreviate(body);
    }
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
        .timeout(Duration.ofSeconds(60));
  }

  private static Reply get(String path) {
    return send(new Fuzzed(false, path, request(path).GET().build()));
  }

  private static Reply send(Fuzzed fuzzed) {
    try {
      HttpResponse<String> response =
          CLIENT.send(fuzzed.request(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new AssertionError(fuzzed.what() + ": no reply (" + e + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void assertContract(Reply reply, String what) throws IOException {
    HostileInput.assertContract(reply.status(), reply.contentType(), reply.body(), what);
  }
}
