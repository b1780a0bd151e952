package io.canrun.catalog.rest;

import static io.canrun.catalog.rest.CatalogFixtures.chip;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.canrun.testsupport.ProblemAssertions;
import io.canrun.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every write needs a valid token with role catalog-editor; reads are open. */
@QuarkusTest
class AuthTest {

  static Stream<Arguments> writes() {
    Object chip = chip("auth-target");
    return Stream.of(
        Arguments.of("POST", "/api/v1/chips", chip),
        Arguments.of("PUT", "/api/v1/chips/h100-sxm", chip("h100-sxm")),
        Arguments.of("DELETE", "/api/v1/chips/h100-sxm", null),
        Arguments.of("POST", "/api/v1/chips:import", List.of(chip)),
        Arguments.of("POST", "/api/v1/systems", chip),
        Arguments.of("PUT", "/api/v1/systems/dgx-h100", chip),
        Arguments.of("DELETE", "/api/v1/systems/dgx-h100", null),
        Arguments.of("POST", "/api/v1/models", chip),
        Arguments.of("PUT", "/api/v1/models/llama-3.1-8b", chip),
        Arguments.of("DELETE", "/api/v1/models/llama-3.1-8b", null),
        Arguments.of("POST", "/api/v1/models:import", List.of(chip)),
        Arguments.of("POST", "/api/v1/compatibility", chip),
        Arguments.of("PUT", "/api/v1/compatibility/1", chip),
        Arguments.of("DELETE", "/api/v1/compatibility/1", null));
  }

  @ParameterizedTest(name = "{0} {1} without a token")
  @MethodSource("writes")
  void missingTokenIs401(String method, String path, Object body) {
    var request = given().header("If-Match", "\"0\"");
    if (body != null) {
      request = request.contentType("application/json").body(body);
    }
    ProblemAssertions.assertProblem(request.request(method, path).then(), 401, "unauthenticated")
        .header("WWW-Authenticate", containsString("Bearer"));
  }

  @ParameterizedTest(name = "{0} {1} with a token of a stranger")
  @MethodSource("writes")
  void untrustedTokenIs401(String method, String path, Object body) {
    var request =
        given()
            .header("If-Match", "\"0\"")
            .header("Authorization", TestTokens.bearerSignedByStranger("catalog-editor"));
    if (body != null) {
      request = request.contentType("application/json").body(body);
    }
    ProblemAssertions.assertProblem(request.request(method, path).then(), 401, "unauthenticated");
  }

  @ParameterizedTest(name = "{0} {1} without the role")
  @MethodSource("writes")
  void wrongRoleIs403(String method, String path, Object body) {
    var request =
        given().header("If-Match", "\"0\"").header("Authorization", CatalogFixtures.READER);
    if (body != null) {
      request = request.contentType("application/json").body(body);
    }
    ProblemAssertions.assertProblem(request.request(method, path).then(), 403, "forbidden");
  }
}
