package io.canrun.policy.rest;

import static io.canrun.testsupport.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The thresholds a client can draw. Expected figures are the regulation's (ECCN 3A090 as of the
 * 2022 and 2023 rules, shared/data/export-controls.md §1), not the service's output.
 */
@QuarkusTest
class ClassificationCriteriaApiTest {

  private static final String PATH = "/api/v1/classifications/criteria";

  @Test
  void from2023TheTppAndPerformanceDensityProngsOf3A090aAndB() {
    given()
        .get(PATH + "?asOf=2026-11-22")
        .then()
        .statusCode(200)
        .body("asOf", equalTo("2026-11-22"))
        .body("vintage", equalTo("V2023"))
        .body("criteria.clause", hasItems("3A090.a.1", "3A090.a.2", "3A090.b.1", "3A090.b.2"))
        .body("criteria.find { it.clause == '3A090.a.1' }.resultClass", equalTo("3A090.a"))
        .body("criteria.find { it.clause == '3A090.a.1' }.kind", equalTo("PRONG"))
        .body("criteria.find { it.clause == '3A090.a.1' }.tests.metric", contains("tpp"))
        .body("criteria.find { it.clause == '3A090.a.1' }.tests[0].comparison", equalTo(">="))
        .body("criteria.find { it.clause == '3A090.a.1' }.tests[0].threshold", equalTo(4800f))
        .body("criteria.find { it.clause == '3A090.a.2' }.tests.threshold", contains(1600f, 5.92f))
        .body(
            "criteria.find { it.clause == '3A090.b.2' }.tests.text",
            contains("tpp ≥ 1600", "performanceDensity ≥ 3.2", "performanceDensity < 5.92"))
        .body("criteria.find { it.clause == '3A090.b.1' }.resultClass", equalTo("3A090.b"))
        .body("criteria.find { it.clause == '3A090 Note 2' }.kind", equalTo("EXEMPTION"))
        .body("criteria.find { it.clause == '3A090.a.1' }.citation", containsString("88 FR 73458"));
  }

  @Test
  void in2023BeforeTheOctoberRuleTppAndInterconnectTogether() {
    given()
        .get(PATH + "?asOf=2023-01-15")
        .then()
        .statusCode(200)
        .body("vintage", equalTo("V2022"))
        .body("criteria.clause", contains("3A090"))
        .body("criteria[0].tests.metric", contains("tpp", "interconnectGBps"))
        .body("criteria[0].tests.threshold", contains(4800f, 600f))
        .body("criteria[0].effectiveFrom", equalTo("2022-10-07"))
        .body("criteria[0].effectiveTo", equalTo("2023-11-17"));
  }

  @Test
  void beforeOctober2022NothingIsControlled() {
    given()
        .get(PATH + "?asOf=2022-10-06")
        .then()
        .statusCode(200)
        .body("vintage", equalTo("NONE"))
        .body("criteria", empty());
  }

  @Test
  void aDateThatIsNotADateIsABadRequestNamingIt() {
    assertProblem(given().get(PATH + "?asOf=2026-13-01").then(), 400, "invalid-parameter")
        .body("detail", containsString("asOf"));
  }
}
