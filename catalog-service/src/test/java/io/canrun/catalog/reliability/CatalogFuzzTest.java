package io.canrun.catalog.reliability;

import static io.canrun.testsupport.HostileInput.abbreviate;
import static io.canrun.testsupport.HostileInput.asciiOnly;
import static io.canrun.testsupport.HostileInput.encode;
import static io.canrun.testsupport.HostileInput.pick;
import static io.canrun.testsupport.HostileInput.unicode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded fuzz run over catalog-service: reads with hostile parameters, and writes — most
 * with a valid editor token — whose bodies are malformed, deeply nested, oversized, of the wrong
 * media type, or valid JSON with at least one field that must be refused. No reply is a 5xx, every
 * error is a problem document, no write succeeds, and afterwards every listing (body and ETag) is
 * exactly what it was: the database is unchanged by rejected writes. Replay a failure with {@code
 * -Dcanrun.fuzz.seed=<seed>}.
 */
@QuarkusTest
class CatalogFuzzTest {

  static final long SEED = Long.getLong("canrun.fuzz.seed", 20_261_206L);
  static final int REQUESTS = 2_000;
  static final int CLIENTS = 3;

  static final String EDITOR = TestTokens.bearer("fuzz-editor@test", "catalog-editor");
  static final String READER = TestTokens.bearer("fuzz-reader@test", "catalog-reader");
  static final String STRANGER = TestTokens.bearerSignedByStranger("catalog-editor");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  static final List<String> HOSTILE = HostileInput.STRINGS;

  @Test
  void hostileRequestsChangeNothingAndNeverFail() throws Exception {
    Map<String, Snapshot> before = snapshot();
    Map<String, JsonNode> bases = bases();
    // Generated in one sequence from the seed (replayable), sent by a few clients at once.
    Random random = new Random(SEED);
    List<Fuzzed> requests = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      requests.add(random.nextInt(100) < 65 ? write(random, bases) : read(random));
    }
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<Reply>> replies = new ArrayList<>();
      for (Fuzzed fuzzed : requests) {
        replies.add(clients.submit(() -> send(fuzzed)));
      }
      Map<Integer, Integer> statuses = new TreeMap<>();
      int writes = 0;
      for (int i = 0; i < REQUESTS; i++) {
        Fuzzed fuzzed = requests.get(i);
        Reply reply = replies.get(i).get(2, TimeUnit.MINUTES);
        String what = "#" + i + " seed " + SEED + " " + fuzzed.what() + " -> " + reply;
        assertContract(reply, what);
        if (fuzzed.write()) {
          writes++;
          assertThat(reply.status())
              .as("a write that must be refused: %s", what)
              .isGreaterThanOrEqualTo(400);
        }
        statuses.merge(reply.status(), 1, Integer::sum);
      }
      System.out.printf(
          "Catalog fuzz (seed %d): %d requests (%d writes), statuses %s%n",
          SEED, REQUESTS, writes, statuses);
      assertThat(statuses).containsKeys(200, 400, 401, 403, 404, 409, 412, 413, 415);
    } finally {
      clients.shutdownNow();
    }
    assertThat(snapshot()).as("every listing and its ETag after the fuzz").isEqualTo(before);
  }

  /**
   * PostgreSQL text cannot hold U+0000, so a NUL in a path, a filter or a body field reaches the
   * database as an error: the client gets a 400, never a 500, and nothing is written.
   */
  @Test
  void nulCharactersAreRefusedNotFailed() throws Exception {
    Map<String, Snapshot> before = snapshot();
    for (String path :
        List.of(
            "/api/v1/systems/a%00b",
            "/api/v1/chips/%00",
            "/api/v1/models/x%00y",
            "/api/v1/chips?q=a%00",
            "/api/v1/chips?vendor=%00")) {
      Reply reply = send(new Fuzzed(false, path, request(path).GET().build()));
      assertContract(reply, "GET " + path + " -> " + reply);
      // A lookup by a slug no entry can have is refused or not found; a filter may match nothing.
      assertThat(reply.status()).as(path).isIn(path.contains("?") ? 200 : 400, 400, 404);
    }
    ObjectNode chip = (ObjectNode) bases().get("chips").deepCopy();
    chip.put("slug", "nul-" + System.nanoTime() % 1_000_000);
    chip.put("notes", "before\u0000after");
    Reply created =
        send(
            new Fuzzed(
                true,
                "POST chip with a NUL in its notes",
                request("/api/v1/chips")
                    .header("Content-Type", "application/json")
                    .header("Authorization", EDITOR)
                    .POST(HttpRequest.BodyPublishers.ofString(chip.toString()))
                    .build()));
    assertContract(created, "POST chip with a NUL in its notes -> " + created);
    assertThat(created.status()).isEqualTo(400);
    assertThat(snapshot()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- writes

  private static Fuzzed write(Random random, Map<String, JsonNode> bases) {
    String kind = pick(random, List.of("chips", "systems", "models", "compatibility"));
    JsonNode base = bases.get(kind);
    String id =
        kind.equals("compatibility") ? base.path("id").asText() : base.path("slug").asText();
    String method;
    String path;
    String body;
    int roll = random.nextInt(100);
    if (roll < 8 && !kind.equals("compatibility")) {
      method = "POST";
      path = "/api/v1/" + kind + ":import";
      ArrayNode batch = JsonNodeFactory.instance.arrayNode();
      int size = 1 + random.nextInt(4);
      int broken = random.nextInt(size);
      for (int i = 0; i < size; i++) {
        ObjectNode element = base.deepCopy();
        element.put("slug", "fuzz-import-" + random.nextInt(1_000_000));
        HostileInput.damage(random, element, 4, HOSTILE);
        if (i == broken) {
          refuse(random, element);
        }
        batch.add(element);
      }
      body = batch.toString();
    } else {
      method = pick(random, List.of("POST", "POST", "PUT", "PUT", "DELETE"));
      path =
          "/api/v1/"
              + kind
              + (method.equals("POST")
                  ? ""
                  : "/" + (random.nextInt(10) == 0 ? encode(pick(random, HOSTILE)) : id));
      ObjectNode element = base.deepCopy();
      HostileInput.damage(random, element, 4, HOSTILE);
      // A POST is refused for its body or, named after an existing entry, as a conflict (409);
      // a PUT or DELETE at least for its stale If-Match.
      if (method.equals("POST") && base.has("slug") && random.nextInt(10) == 0) {
        element = base.deepCopy();
      } else if (method.equals("POST") || random.nextBoolean()) {
        refuse(random, element);
      }
      body = HostileInput.garble(random, element.toString(), 70);
    }
    HttpRequest.Builder request = request(path);
    String contentType =
        random.nextInt(100) < 90
            ? "application/json"
            : pick(random, List.of("text/plain", "application/xml", "*/*", "garbage/x"));
    request.header("Content-Type", contentType);
    // PUT and DELETE carry an If-Match that is never current (or not a version at all).
    if (!method.equals("POST") || random.nextInt(10) == 0) {
      request.header(
          "If-Match",
          pick(
              random, List.of("\"999999\"", "\"999999\"", "\"-1\"", "*", "W/\"999999\"", "\"x\"")));
    }
    int auth = random.nextInt(100);
    if (auth < 88) {
      request.header("Authorization", EDITOR);
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
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return new Fuzzed(
        true, method + " " + path + " [" + contentType + "] " + abbreviate(body), request.build());
  }

  /** At least one change the service must refuse, so no fuzzed write can succeed. */
  private static void refuse(Random random, ObjectNode body) {
    switch (random.nextInt(6)) {
      case 0 -> body.put(pick(random, HOSTILE) + "unknownField", 1);
      case 1 -> body.put("notes", "n".repeat(10_001 + random.nextInt(5_000)));
      case 2 -> body.put("sources", "not a list");
      case 3 -> {
        ObjectNode source = body.putArray("sources").addObject();
        source.put("citation", "");
        source.put("url", pick(random, List.of("javascript:alert(1)", "ftp://x", "no url")));
      }
      case 4 -> body.putArray("sources").addNull();
      default ->
          body.put(
              body.has("slug") ? "slug" : "claim",
              body.has("slug") ? pick(random, List.of("Bad Slug", "x'; --", "A", "é")) : "");
    }
  }

  // ---------------------------------------------------------------- reads

  private static Fuzzed read(Random random) {
    String collection = pick(random, List.of("chips", "systems", "models", "compatibility"));
    String path;
    if (random.nextInt(3) == 0) {
      String id =
          random.nextBoolean()
              ? pick(random, List.of("h100-sxm", "dgx-h100", "llama-3.1-70b", "1", "0", "-1"))
              : pick(random, HOSTILE) + unicode(random, random.nextInt(5));
      String segment = encode(id).replace("+", "%20");
      path = "/api/v1/" + collection + "/" + (segment.isEmpty() ? "%20" : segment);
    } else {
      List<String> pairs = new ArrayList<>();
      for (String name :
          List.of(
              "page",
              "size",
              "sort",
              "vendor",
              "designerCountry",
              "marketSegment",
              "q",
              "minMemoryGB",
              "maxMemoryGB",
              "minBandwidthGBps",
              "chip",
              "model",
              "status")) {
        if (random.nextInt(100) < 12) {
          String value =
              random.nextBoolean()
                  ? pick(
                      random,
                      List.of("0", "1", "500", "501", "slug", "-name,vendor", "CN", "DATACENTER"))
                  : pick(random, HOSTILE) + unicode(random, random.nextInt(4));
          pairs.add(name + "=" + encode(value));
        }
      }
      if (random.nextInt(10) == 0) {
        pairs.add(encode(pick(random, HOSTILE)) + "=1");
      }
      path = "/api/v1/" + collection + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
    }
    HttpRequest.Builder request = request(path);
    if (random.nextInt(20) == 0) {
      request.header("Accept", pick(random, List.of("application/xml", "text/html", "*/*")));
    }
    if (random.nextInt(20) == 0) {
      request.header("If-None-Match", pick(random, List.of("\"1\"", "*", "garbage", "\"\"")));
    }
    request.GET();
    return new Fuzzed(false, "GET " + path, request.build());
  }

  // ---------------------------------------------------------------- state

  /** A listing's body and ETag. */
  record Snapshot(String etag, String body) {}

  /** Every collection as one page, with its ETag (the catalog revision). */
  private static Map<String, Snapshot> snapshot() {
    Map<String, Snapshot> state = new LinkedHashMap<>();
    for (String collection : List.of("chips", "systems", "models", "compatibility")) {
      Reply reply =
          send(
              new Fuzzed(
                  false, collection, request("/api/v1/" + collection + "?size=500").GET().build()));
      assertThat(reply.status()).isEqualTo(200);
      state.put(collection, new Snapshot(reply.etag(), reply.body()));
    }
    return state;
  }

  /** One existing entry of each kind, as read: the base every fuzzed body is derived from. */
  private static Map<String, JsonNode> bases() throws IOException {
    Map<String, JsonNode> bases = new LinkedHashMap<>();
    for (String kind : List.of("chips", "systems", "models", "compatibility")) {
      Reply list =
          send(new Fuzzed(false, kind, request("/api/v1/" + kind + "?size=1").GET().build()));
      JsonNode first = JSON.readTree(list.body()).path("items").path(0);
      assertThat(first.isObject()).as("a %s to start from", kind).isTrue();
      ObjectNode base = (ObjectNode) first;
      base.remove("version");
      bases.put(kind, base);
    }
    return bases;
  }

  // ---------------------------------------------------------------- plumbing

  record Fuzzed(boolean write, String what, HttpRequest request) {}

  record Reply(int status, String contentType, String etag, String body) {
    @Override
    public String toString() {
      return status + " " + contentType + " " + abbreviate(body);
    }
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
        .timeout(Duration.ofSeconds(60));
  }

  private static Reply send(Fuzzed fuzzed) {
    try {
      HttpResponse<String> response =
          CLIENT.send(fuzzed.request(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("ETag").orElse(null),
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
