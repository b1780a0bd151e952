package io.canrun.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.canrun.gateway.PolicyStub;
import io.canrun.gateway.Upstreams;
import io.canrun.testsupport.ProblemAssertions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad questions get a 400 naming the parameter, unknown names a 404 with near matches. */
@QuarkusTest
class AnswerBadInputTest {

  private static final String OK = "model=llama-3.1-70b&chip=h100-sxm&destination=CN";

  @BeforeEach
  void upstreams() {
    Upstreams.serveCatalog();
    PolicyStub.reset(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "chip=h100-sxm&destination=CN | model",
        "model=llama-3.1-70b&destination=CN | chip",
        "model=llama-3.1-70b&chip=h100-sxm | destination",
        OK + "&destination=ZZ | destination",
        "model=llama-3.1-70b&chip=h100-sxm&destination=china | destination",
        OK + "&count=0 | count",
        OK + "&count=-3 | count",
        OK + "&count=99999999999 | count",
        OK + "&count=eight | count",
        OK + "&precision=FP7 | precision",
        OK + "&context=0 | context",
        OK + "&concurrency=1e9 | concurrency",
        OK + "&concurrency=0 | concurrency",
        OK + "&concurrency=lots | concurrency",
        OK + "&concurrency=100001 | concurrency",
        OK + "&engine=foo | engine",
        OK + "&inputTokens=0 | inputTokens",
        OK + "&outputTokens=-1 | outputTokens",
        OK + "&precision=FP9 | precision",
        OK + "&kvPrecision=FP9 | kvPrecision",
        OK + "&assume.nope=1 | assume.nope",
        OK + "&assume.denseDecodeEfficiency=0.8 | assume.denseDecodeEfficiency",
        OK + "&asOf=2023-13-01 | asOf",
        OK + "&asOf=1899-01-01 | asOf",
        OK + "&exportFrom=USA | exportFrom",
        OK + "&endUserHq=XX | endUserHq",
        OK + "&policyVersion=0 | policyVersion",
        OK + "&modle=x | modle",
        OK + "&assume.memoryUtilization=2 | assume.memoryUtilization",
        OK + "&assume.warpSpeed=9 | assume.warpSpeed",
        "model=Llama%20'%3B%20DROP%20TABLE&chip=h100-sxm&destination=CN | model",
      })
  void invalidParametersAreNamed(String query, String parameter) {
    ProblemAssertions.assertProblem(
            given().get("/api/v1/answer?" + query.trim()).then(), 400, "invalid-parameter")
        .body("errors.field", hasItem(parameter.trim()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "engine=foo | vllm, sglang, trtllm, llamacpp",
        "precision=FP9 | BF16, FP16, FP8, INT8, INT4, MXFP4, NVFP4, Q4_0, Q8_0",
        "concurrency=lots | max",
        "assume.nope=1 | decodeEfficiency",
        "assume.denseDecodeEfficiency=0.8 | Did you mean: decodeEfficiency",
        "assume.memoryUtilization=2 | must be between 0.1 and 1.0",
      })
  void refusalsNameWhatIsAccepted(String parameter, String accepted) {
    ProblemAssertions.assertProblem(
            given().get("/api/v1/answer?" + OK + "&" + parameter.trim()).then(),
            400,
            "invalid-parameter")
        .body("detail", containsString(accepted.trim()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "context=4096&inputTokens=4000&outputTokens=200",
    "context=4096&outputTokens=4096",
    "inputTokens=1000&outputTokens=4000&context=4999"
  })
  void aShapeLongerThanTheContextNamesBothLengths(String shape) {
    ProblemAssertions.assertProblem(
            given().get("/api/v1/answer?" + OK + "&" + shape).then(), 400, "invalid-parameter")
        .body("errors.field", hasItem("inputTokens"))
        .body("errors.field", hasItem("outputTokens"))
        .body("detail", anyOf(containsString("4096"), containsString("4999")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/options?model=llama-3.1-70b&destination=CN&engine=foo | engine",
        "/api/v1/options?model=llama-3.1-70b&destination=CN&concurrency=0 | concurrency",
        "/api/v1/options?model=llama-3.1-70b&destination=CN&context=100&inputTokens=100 |"
            + " inputTokens",
      })
  void optionsRefuseTheSameValues(String path, String parameter) {
    ProblemAssertions.assertProblem(given().get(path.trim()).then(), 400, "invalid-parameter")
        .body("errors.field", hasItem(parameter.trim()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"engine\":\"foo\" | engine",
        "\"concurrency\":0 | concurrency",
        "\"concurrency\":\"lots\" | concurrency",
        "\"context\":4096,\"inputTokens\":4000,\"outputTokens\":200 | outputTokens",
      })
  void theMatrixRefusesTheSameValues(String fields, String parameter) {
    String body =
        "{\"models\":[\"llama-3.1-70b\"],\"chips\":[\"h100-sxm\"],\"destinations\":[\"CN\"],"
            + fields.trim()
            + "}";
    ProblemAssertions.assertProblem(
            given().contentType("application/json").body(body).post("/api/v1/matrix").then(),
            400,
            "invalid-parameter")
        .body("errors.field", hasItem(parameter.trim()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "model=llama-3.1-7b&chip=h100-sxm&destination=CN | llama-3.1-70b",
        "model=llama-3.1-70b&chip=h100&destination=CN | h100-sxm",
        "model=llama-3.1-70b&chip=dgx-h10&destination=CN | dgx-h100",
      })
  void unknownSlugsAreNotFoundWithNearMatches(String query, String suggestion) {
    ProblemAssertions.assertProblem(
            given().get("/api/v1/answer?" + query.trim()).then(), 404, "not-found")
        .body("detail", containsString(suggestion.trim()));
  }
}
