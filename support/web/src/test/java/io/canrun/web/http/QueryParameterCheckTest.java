package io.canrun.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.canrun.web.problem.Problem;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import io.canrun.web.query.DeclaredParameters;
import io.canrun.web.query.QueryPrefix;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;

/** The one check every service's query goes through, exercised without a server. */
class QueryParameterCheckTest {

  @QueryPrefix("assume.")
  record Question(
      @RestQuery String model, @RestQuery Integer count, @RestQuery LocalDate asOf, String body) {}

  record Paging(@RestQuery("size") int pageSize, @QueryParam("unit") TimeUnit unit) {}

  record Tags(@RestQuery List<String> tag) {}

  private static final DeclaredParameters DECLARED =
      DeclaredParameters.of(Question.class, Paging.class, String.class);

  @Test
  void acceptsDeclaredNamesPrefixedNamesAndBlankValues() {
    assertThatCode(
            () ->
                QueryParameterCheck.check(
                    query(
                        "model", "llama-3.1-70b",
                        "count", " 8 ",
                        "asOf", "",
                        "size", "50",
                        "unit", "seconds",
                        "assume.memoryUtilization", "0.8"),
                    DECLARED))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesAnUndeclaredNameAndSuggestsTheNearest() {
    ProblemException problem = refusal(query("modle", "x"));
    assertThat(problem.getMessage())
        .isEqualTo("Parameter 'modle' is not a parameter of this endpoint. Did you mean: model?");
  }

  @Test
  void aRecordComponentWithoutABindingAnnotationIsNoParameter() {
    assertThat(refusal(query("body", "x")).errors())
        .containsExactly(
            new Problem.FieldError(
                "body", "is not a parameter of this endpoint. Did you mean: model?"));
  }

  @Test
  void thePrefixAloneIsNoName() {
    assertThat(refusal(query("assume.", "1")).errors())
        .extracting("field")
        .containsExactly("assume.");
  }

  @Test
  void refusesAParameterGivenTwice() {
    Map<String, List<String>> twice = new LinkedHashMap<>();
    twice.put("count", List.of("1", "2"));
    assertThat(refusal(twice).getMessage()).isEqualTo("Parameter 'count' must be given once");
  }

  @Test
  void aCollectionMayBeRepeated() {
    Map<String, List<String>> tags = Map.of("tag", List.of("a", "b"));
    assertThatCode(() -> QueryParameterCheck.check(tags, DeclaredParameters.of(Tags.class)))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesAValueThatDoesNotReadAsItsType() {
    assertThat(refusal(query("count", "eight")).getMessage())
        .isEqualTo("Parameter 'count' must be a whole number, got 'eight'");
    assertThat(refusal(query("size", "ten")).errors()).extracting("field").containsExactly("size");
    assertThat(refusal(query("unit", "fortnights")).getMessage())
        .startsWith("Parameter 'unit' must be one of NANOSECONDS");
    assertThat(refusal(query("asOf", "2023-13-01")).type())
        .isEqualTo(ProblemType.INVALID_PARAMETER);
  }

  @Test
  void aMethodWithoutParameterRecordsTakesNoQuery() {
    ProblemException problem =
        catchThrowableOfType(
            ProblemException.class,
            () -> QueryParameterCheck.check(query("page", "1"), DeclaredParameters.of()));
    assertThat(problem.getMessage())
        .isEqualTo("Parameter 'page' is not a parameter of this endpoint.");
  }

  record Odd(@RestQuery StringBuilder text) {}

  @Test
  void aTypeWithoutAValueRuleFailsLoudlyInsteadOfBecomingA404() {
    assertThatThrownBy(
            () -> QueryParameterCheck.check(query("text", "x"), DeclaredParameters.of(Odd.class)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("StringBuilder");
  }

  @Test
  void findsTheParameterARecordComponentBinds() {
    assertThat(DeclaredParameters.queryName(Paging.class, "pageSize")).contains("size");
    assertThat(DeclaredParameters.queryName(Question.class, "body")).isEmpty();
    assertThat(DeclaredParameters.queryName(String.class, "value")).isEmpty();
  }

  private static ProblemException refusal(Map<String, List<String>> query) {
    ProblemException problem =
        catchThrowableOfType(
            ProblemException.class, () -> QueryParameterCheck.check(query, DECLARED));
    assertThat(problem).as("refused").isNotNull();
    assertThat(problem.status()).isEqualTo(400);
    return problem;
  }

  private static Map<String, List<String>> query(String... namesAndValues) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      query.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
    }
    return query;
  }
}
