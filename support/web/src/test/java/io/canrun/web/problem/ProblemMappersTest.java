package io.canrun.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each failure class becomes the problem document the API promises, checked without a server. */
class ProblemMappersTest {

  record Paging(@RestQuery @Min(0) int page, @RestQuery("size") @Min(1) @Max(500) int pageSize) {}

  record Chip(@NotNull String slug, @Min(1) Double memoryGB) {}

  record Mixed(@RestQuery @Min(1) int size, @NotNull String name) {}

  private static ValidatorFactory factory;
  private static Validator validator;

  private final ProblemMappers mappers = new ProblemMappers();

  @BeforeAll
  static void validator() {
    factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void aProblemExceptionKeepsItsTypeDetailAndErrors() {
    Problem problem =
        problem(
            mappers.problem(
                ProblemException.invalidParameter("destination", "must be a country"), null));
    assertThat(problem.type()).isEqualTo("urn:canrun:problem:invalid-parameter");
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.detail()).isEqualTo("Parameter 'destination' must be a country");
    assertThat(problem.errors())
        .containsExactly(new Problem.FieldError("destination", "must be a country"));
  }

  @Test
  void violationsOfQueryParametersAreInvalidParametersNamedAsTheQueryNamesThem() {
    Response response = mappers.violation(violations(new Paging(-1, 501)), null);
    Problem problem = problem(response);
    assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    assertThat(problem.type()).isEqualTo(ProblemType.INVALID_PARAMETER.uri());
    assertThat(problem.errors()).extracting("field").containsExactly("page", "size");
    assertThat(problem.detail())
        .isEqualTo(
            "Parameter 'page' must be greater than or equal to 0;"
                + " Parameter 'size' must be less than or equal to 500");
  }

  @Test
  void violationsInABodyAreValidationFailures() {
    Problem problem = problem(mappers.violation(violations(new Chip(null, 0.5)), null));
    assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED.uri());
    assertThat(problem.errors()).extracting("field").containsExactly("memoryGB", "slug");
  }

  @Test
  void aBodyViolationBesideAParameterViolationIsAValidationFailure() {
    Problem problem = problem(mappers.violation(violations(new Mixed(0, null)), null));
    assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED.uri());
    assertThat(problem.errors()).extracting("field").containsExactly("name", "size");
  }

  @Test
  void anUnknownJsonFieldIsAMalformedBodyNamingIt() throws Exception {
    UnrecognizedPropertyException unknown = null;
    try {
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue("{\"slug\":\"h100\",\"colour\":\"red\"}", Chip.class);
    } catch (UnrecognizedPropertyException e) {
      unknown = e;
    }
    Problem problem = problem(mappers.unrecognizedProperty(unknown, null));
    assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_BODY.uri());
    assertThat(problem.detail()).startsWith("Unknown field 'colour' (line 1, column");
  }

  @Test
  void aValueOfTheWrongFormatNamesTheFieldAndTheExpectedType() throws Exception {
    InvalidFormatException wrong = null;
    try {
      new ObjectMapper().readValue("{\"memoryGB\":\"lots\"}", Chip.class);
    } catch (InvalidFormatException e) {
      wrong = e;
    }
    Problem problem = problem(mappers.invalidFormat(wrong, null));
    assertThat(problem.detail()).isEqualTo("Field 'memoryGB' expected a number, got 'lots'");
    assertThat(problem.errors()).extracting("field").containsExactly("memoryGB");
  }

  @Test
  void httpErrorsKeepTheirStatusWithAProblemType() {
    assertThat(problem(mappers.http(new NotFoundException(), null)).type())
        .isEqualTo(ProblemType.NOT_FOUND.uri());
    Problem notAllowed = problem(mappers.http(new NotAllowedException("GET"), null));
    assertThat(notAllowed.status()).isEqualTo(405);
    assertThat(notAllowed.type()).isEqualTo(ProblemType.METHOD_NOT_ALLOWED.uri());
  }

  @Test
  void anUnexpectedFailureShowsOnlyAnIncidentId() {
    Problem problem =
        problem(mappers.unexpected(new IllegalStateException("SELECT * FROM secrets"), null));
    assertThat(problem.status()).isEqualTo(500);
    assertThat(problem.detail())
        .matches("The server could not complete the request; quote incident [0-9a-f-]{36}\\.")
        .doesNotContain("SELECT");
  }

  private static ConstraintViolationException violations(Object bean) {
    return new ConstraintViolationException(validator.validate(bean));
  }

  private static Problem problem(Response response) {
    assertThat(response.getEntity()).isInstanceOf(Problem.class);
    return (Problem) response.getEntity();
  }
}
