package io.canrun.catalog.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.canrun.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * One request-body limit (2 MiB) for every body: one that declares a larger length is refused
 * before it is read (BadInputTest), one sent in chunks without a length once it passes the limit.
 */
@QuarkusTest
class BodyLimitTest {

  @TestHTTPResource("/api/v1/chips")
  URI chips;

  @Test
  void aChunkedBodyOverTheLimitIsAPayloadTooLargeProblem() throws Exception {
    byte[] body =
        ("{\"notes\":\"" + "x".repeat(3_000_000) + "\"}").getBytes(StandardCharsets.US_ASCII);
    HttpRequest request =
        HttpRequest.newBuilder(chips)
            .header("Content-Type", "application/json")
            .header("Authorization", TestTokens.bearer("editor@test", "catalog-editor"))
            // A stream of unknown length goes out chunked, with no Content-Length to refuse early.
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = new ObjectMapper().readTree(response.body());
    assertThat(problem.path("type").asText()).isEqualTo("urn:canrun:problem:payload-too-large");
    assertThat(problem.path("detail").asText()).contains("2097152 bytes");
  }
}
