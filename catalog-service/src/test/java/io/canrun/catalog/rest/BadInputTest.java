package io.canrun.catalog.rest;

import static io.canrun.catalog.rest.CatalogFixtures.EDITOR;
import static io.canrun.catalog.rest.CatalogFixtures.chip;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.canrun.testsupport.ProblemAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and mistaken input: each case gets the right status and problem type, and the catalog
 * revision (which every successful write bumps) proves nothing was written.
 */
@QuarkusTest
class BadInputTest {

  private static final String SLUG = "bad-input-target";

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusedWithAProblemAndNothingWritten(
      String name,
      String method,
      String path,
      Object body,
      String contentType,
      int status,
      String type) {
    String before = CatalogFixtures.revision();
    // Writes to seeded rows carry an If-Match that can never be current, so no case can succeed
    // by accident; the If-Match case itself sends one that is not a version at all.
    String ifMatch = name.startsWith("If-Match") ? "\"not-a-version\"" : "\"999\"";
    RequestSpecification request =
        given().header("Authorization", EDITOR).header("If-Match", ifMatch);
    if (body != null) {
      request = request.contentType(contentType).body(body);
    }
    ProblemAssertions.assertProblem(request.request(method, path).then(), status, type);
    assertThat(CatalogFixtures.revision()).as("catalog revision after %s", name).isEqualTo(before);
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    String json = "application/json";
    cases.add(post("malformed JSON", "{\"slug\": \"x\",", json, 400, "malformed-body"));
    cases.add(post("JSON array where an object is expected", "[1,2]", json, 400, "malformed-body"));
    cases.add(post("empty body", "", json, 400, "validation-failed"));
    cases.add(post("XML body", "<chip/>", "application/xml", 415, "unsupported-media-type"));
    cases.add(change("unknown field", "malformed-body", c -> c.put("flops", 1)));
    cases.add(change("memory as text", "malformed-body", c -> c.put("memoryGB", "eighty")));
    cases.add(change("negative memory", "validation-failed", c -> c.put("memoryGB", -1)));
    cases.add(change("memory above 10 TiB", "validation-failed", c -> c.put("memoryGB", 20000)));
    cases.add(
        change("huge bandwidth", "validation-failed", c -> c.put("memoryBandwidthGBps", 1e300)));
    cases.add(
        change("number beyond double range", "validation-failed", c -> c.put("tdpWatts", "1e999")));
    cases.add(change("slug with upper case", "validation-failed", c -> c.put("slug", "H100-SXM")));
    cases.add(change("slug with spaces", "validation-failed", c -> c.put("slug", "h100 sxm")));
    cases.add(
        change(
            "SQL-looking slug",
            "validation-failed",
            c -> c.put("slug", "x'; DROP TABLE chip; --")));
    cases.add(change("slug too long", "validation-failed", c -> c.put("slug", "a".repeat(64))));
    cases.add(change("slug one character", "validation-failed", c -> c.put("slug", "a")));
    cases.add(change("unknown country", "validation-failed", c -> c.put("designerCountry", "XX")));
    cases.add(
        change("lower-case country", "validation-failed", c -> c.put("designerCountry", "cn")));
    cases.add(
        change("unknown market segment", "malformed-body", c -> c.put("marketSegment", "GAMING")));
    cases.add(
        change(
            "unknown scale-up interconnect",
            "malformed-body",
            c -> c.put("scaleUpInterconnect", "NVLINK")));
    cases.add(change("soldInUs as text", "malformed-body", c -> c.put("soldInUs", "sometimes")));
    cases.add(change("impossible date", "validation-failed", c -> c.put("released", "2024-13-40")));
    cases.add(change("missing name", "validation-failed", c -> c.remove("name")));
    cases.add(change("name too long", "validation-failed", c -> c.put("name", "n".repeat(201))));
    cases.add(
        change(
            "unknown precision",
            "malformed-body",
            c -> c.put("compute", List.of(Map.of("precision", "FP12", "supported", true)))));
    cases.add(
        change(
            "negative TFLOPS",
            "validation-failed",
            c ->
                c.put(
                    "compute",
                    List.of(Map.of("precision", "FP8", "denseTflops", -5, "supported", true)))));
    cases.add(
        change(
            "source without citation",
            "validation-failed",
            c -> c.put("sources", List.of(Map.of("figures", "specs", "url", "https://x.org")))));
    cases.add(
        change(
            "source URL that is not http",
            "validation-failed",
            c -> c.put("sources", List.of(Map.of("citation", "x", "url", "javascript:alert(1)")))));
    cases.add(change("deeply nested value", "malformed-body", c -> c.put("notes", nested(40))));
    cases.add(
        Arguments.of(
            "oversized body",
            "POST",
            "/api/v1/chips",
            "{\"notes\":\"" + "x".repeat(3_000_000) + "\"}",
            json,
            413,
            "payload-too-large"));
    cases.add(
        Arguments.of(
            "body slug differs from path",
            "PUT",
            "/api/v1/chips/h100-sxm",
            chip("h100-pcie"),
            json,
            400,
            "validation-failed"));
    cases.add(
        Arguments.of(
            "If-Match that is no version",
            "PUT",
            "/api/v1/chips/h100-sxm",
            chip("h100-sxm"),
            json,
            400,
            "invalid-parameter"));
    cases.add(
        Arguments.of(
            "import with an invalid element",
            "POST",
            "/api/v1/chips:import",
            List.of(chip("import-ok-1"), Map.of("slug", "broken")),
            json,
            400,
            "validation-failed"));
    cases.add(
        Arguments.of(
            "import naming a slug twice",
            "POST",
            "/api/v1/chips:import",
            List.of(chip("import-twice"), chip("import-twice")),
            json,
            400,
            "validation-failed"));
    cases.add(
        Arguments.of(
            "empty import",
            "POST",
            "/api/v1/chips:import",
            List.of(),
            json,
            400,
            "validation-failed"));
    cases.add(
        modelChange(
            "extended context below the native one",
            m -> {
              m.put("maxContext", 131_072);
              m.put("extendedContext", 32_768);
            }));
    cases.add(modelChange("negative expert width", m -> m.put("moeIntermediateSize", -1)));
    cases.add(modelChange("zero linear-attention heads", m -> m.put("linearValueHeads", 0)));
    cases.add(get("page below zero", "/api/v1/chips?page=-1", 400, "invalid-parameter"));
    cases.add(get("size above the maximum", "/api/v1/chips?size=501", 400, "invalid-parameter"));
    cases.add(get("size not a number", "/api/v1/chips?size=ten", 400, "invalid-parameter"));
    cases.add(
        get("sort by an unknown field", "/api/v1/chips?sort=price", 400, "invalid-parameter"));
    cases.add(get("unknown query parameter", "/api/v1/chips?vendr=AMD", 400, "invalid-parameter"));
    cases.add(get("range as text", "/api/v1/chips?minMemoryGB=lots", 400, "invalid-parameter"));
    cases.add(get("unknown route", "/api/v1/gpus", 404, "not-found"));
    cases.add(
        Arguments.of(
            "method not allowed",
            "PATCH",
            "/api/v1/chips/h100-sxm",
            "{}",
            json,
            405,
            "method-not-allowed"));
    return cases.stream();
  }

  private static Arguments post(String name, String body, String type, int status, String problem) {
    return Arguments.of(name, "POST", "/api/v1/chips", body, type, status, problem);
  }

  private static Arguments get(String name, String path, int status, String problem) {
    return Arguments.of(name, "GET", path, null, null, status, problem);
  }

  private static Arguments change(
      String name, String problem, Consumer<Map<String, Object>> mutation) {
    Map<String, Object> body = chip(SLUG);
    mutation.accept(body);
    return Arguments.of(name, "POST", "/api/v1/chips", body, "application/json", 400, problem);
  }

  private static Arguments modelChange(String name, Consumer<Map<String, Object>> mutation) {
    Map<String, Object> body = CatalogFixtures.model(SLUG);
    mutation.accept(body);
    return Arguments.of(
        name, "POST", "/api/v1/models", body, "application/json", 400, "validation-failed");
  }

  private static Object nested(int depth) {
    Object value = "deep";
    for (int i = 0; i < depth; i++) {
      value = Map.of("n", value);
    }
    return value;
  }
}
