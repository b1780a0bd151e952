package io.canrun.gateway.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A plain JDK HTTP client for the reliability tests (full control over bytes, headers and
 * concurrency, unlike RestAssured), and the invariants every gateway reply must keep.
 */
final class Replies {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** No request may hang: far above every budget, so hitting it is itself a failure. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private static final String PROBLEM = "application/problem+json";

  private Replies() {}

  /** One reply, with how long it took. {@code json} is null when the body is not JSON. */
  record Reply(String what, int status, String contentType, String body, long millis) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        return null;
      }
    }

    String text(String pointer) {
      JsonNode json = json();
      JsonNode node = json == null ? null : json.at(pointer);
      return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
    }
  }

  static URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + RestAssured.port + pathAndQuery);
  }

  static HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(REQUEST_TIMEOUT);
  }

  static Reply get(String pathAndQuery) {
    return send(pathAndQuery, request(pathAndQuery).GET().build());
  }

  static Reply postJson(String path, String body) {
    return send(
        path,
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  static Reply send(String what, HttpRequest request) {
    long start = System.nanoTime();
    try {
      HttpResponse<String> response =
          CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return reply(what, response, start);
    } catch (IOException e) {
      throw new UncheckedIOException(what + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static CompletableFuture<Reply> sendAsync(String what, HttpRequest request) {
    long start = System.nanoTime();
    return CLIENT
        .sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .thenApply(response -> reply(what, response, start));
  }

  private static Reply reply(String what, HttpResponse<String> response, long start) {
    return new Reply(
        what,
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * The contract every reply keeps, whatever was asked and whatever the upstreams do: no 5xx but
   * the documented 503 (no catalog copy), every error an RFC 9457 problem document without
   * internals, and never a YES that policy-service did not give.
   */
  static void assertContract(Reply reply) {
    String what = reply.what() + " -> " + reply.status() + " " + abbreviate(reply.body());
    assertThat(reply.status() < 500 || reply.status() == 503)
        .as("no 5xx but the documented 503: %s", what)
        .isTrue();
    if (reply.status() >= 400) {
      assertThat(reply.contentType()).as("problem media type: %s", what).startsWith(PROBLEM);
      JsonNode problem = reply.json();
      assertThat(problem).as("problem body is JSON: %s", what).isNotNull();
      assertThat(problem.path("type").asText())
          .as("problem type: %s", what)
          .startsWith("urn:canrun:problem:");
      assertThat(problem.path("status").asInt())
          .as("problem status: %s", what)
          .isEqualTo(reply.status());
      assertThat(problem.path("title").asText()).as("problem title: %s", what).isNotBlank();
      assertThat(problem.path("detail").asText()).as("problem detail: %s", what).isNotBlank();
      assertThat(reply.body()).as("no internals: %s", what).doesNotContain("Exception", "\tat ");
      if (reply.status() == 503) {
        assertThat(problem.path("type").asText())
            .as("the only 503 is upstream-unavailable: %s", what)
            .isEqualTo("urn:canrun:problem:upstream-unavailable");
      }
      return;
    }
    if (reply.status() == 200) {
      assertThat(reply.contentType()).as("JSON: %s", what).startsWith("application/json");
      JsonNode json = reply.json();
      assertThat(json).as("body is JSON: %s", what).isNotNull();
      assertNeverAnUnfoundedYes(json, what);
    }
  }

  /** UNKNOWN, never YES: a YES needs a verdict from policy-service behind it. */
  static void assertNeverAnUnfoundedYes(JsonNode json, String what) {
    if (json.has("answer") && "YES".equals(json.path("answer").asText())) {
      assertThat(json.at("/policy/available").asBoolean())
          .as("YES with a verdict: %s", what)
          .isTrue();
      assertThat(json.at("/policy/verdict").asText())
          .as("YES only on a free verdict: %s", what)
          .isIn("NO_LICENSE_REQUIRED", "NOT_APPLICABLE");
      assertThat(json.at("/technical/fits").asBoolean())
          .as("YES only when it fits: %s", what)
          .isTrue();
    }
    if (json.has("options") && !json.path("policyAvailable").asBoolean(true)) {
      for (JsonNode option : json.path("options")) {
        assertThat(option.path("answer").asText())
            .as("no YES without policy: %s", what)
            .isNotEqualTo("YES");
      }
    }
    if (json.has("cells") && !json.path("policyAvailable").asBoolean(true)) {
      for (JsonNode cell : json.path("cells")) {
        assertThat(cell.path("answer").asText())
            .as("no YES without policy: %s", what)
            .isNotEqualTo("YES");
      }
    }
  }

  static String abbreviate(String body) {
    if (body == null) {
      return "";
    }
    return body.length() <= 400 ? body : body.substring(0, 400) + "…";
  }
}
