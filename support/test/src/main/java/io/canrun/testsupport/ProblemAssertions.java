package io.canrun.testsupport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.restassured.response.ValidatableResponse;

/** Checks that a response is the problem document a client can rely on. */
public final class ProblemAssertions {

  private ProblemAssertions() {}

  /**
   * Asserts status, media type, the problem type slug (e.g. {@code "not-found"}), a readable
   * detail, and that nothing internal (Java class names, stack frames) leaked.
   */
  public static ValidatableResponse assertProblem(
      ValidatableResponse response, int status, String typeSlug) {
    return response
        .statusCode(status)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:canrun:problem:" + typeSlug))
        .body("status", equalTo(status))
        .body("title", not(emptyOrNullString()))
        .body("detail", not(emptyOrNullString()))
        .body(not(containsString("Exception")))
        .body(not(containsString("\tat ")));
  }
}
