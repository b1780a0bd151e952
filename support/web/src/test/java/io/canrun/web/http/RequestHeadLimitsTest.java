package io.canrun.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Requests refused before routing answer with a problem document like every other error. */
@QuarkusTest
class RequestHeadLimitsTest {

  /** HTTP/1.1: the limits here are those of the HTTP/1 codec. */
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TestHTTPResource("/")
  URL base;

  private HttpResponse<String> get(String pathAndQuery, String header) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + pathAndQuery));
    if (header != null) {
      request.header("X-Filler", header);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode problem(HttpResponse<String> response) throws IOException {
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    return new ObjectMapper().readTree(response.body());
  }

  @Test
  void aTargetOverTheLimitIs414ProblemJson() throws Exception {
    // "/api/v1/things?q=" (17) + 5,000 = 5,017 characters: over canrun's 4,096, under the codec's
    // raised 65,536.
    HttpResponse<String> response = get("/api/v1/things?q=" + "a".repeat(5000), null);
    assertThat(response.statusCode()).isEqualTo(414);
    JsonNode problem = problem(response);
    assertThat(problem.get("type").asText()).isEqualTo("urn:canrun:problem:uri-too-long");
    assertThat(problem.get("status").asInt()).isEqualTo(414);
    assertThat(problem.get("detail").asText()).contains("5017 characters").contains("4096");
    assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/things");
  }

  @Test
  void headersOverTheLimitAre431ProblemJson() throws Exception {
    HttpResponse<String> response = get("/api/v1/things", "h".repeat(30_000));
    assertThat(response.statusCode()).isEqualTo(431);
    JsonNode problem = problem(response);
    assertThat(problem.get("type").asText()).isEqualTo("urn:canrun:problem:headers-too-large");
    assertThat(problem.get("detail").asText()).contains("20480");
  }

  @Test
  void requestsWithinTheLimitsGoOnToRouting() throws Exception {
    HttpResponse<String> response = get("/api/v1/things?q=" + "a".repeat(4000), "h".repeat(10_000));
    assertThat(response.statusCode()).isNotIn(414, 431);
  }
}
