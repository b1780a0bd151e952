package io.canrun.web.http;

import io.canrun.web.problem.ProblemException;
import io.canrun.web.query.DeclaredParameters;
import io.canrun.web.query.QueryValues;
import io.canrun.web.text.NearMatches;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a request's query against what its resource method declares, before anything is bound: an
 * undeclared name is refused (a typo must not silently fall back to a default), a parameter given
 * twice is refused, and every value must read as its declared type. Each refusal is a 400 naming
 * the parameter. Ranges and required parameters are Bean Validation's, on the records.
 */
public final class QueryParameterCheck {

  private QueryParameterCheck() {}

  /**
   * @throws ProblemException of type invalid-parameter for the first parameter that fails
   */
  public static void check(Map<String, List<String>> query, DeclaredParameters declared) {
    for (Map.Entry<String, List<String>> given : query.entrySet()) {
      String name = given.getKey();
      Optional<DeclaredParameters.Parameter> parameter = declared.parameter(name);
      if (parameter.isEmpty()) {
        throw ProblemException.invalidParameter(
            name,
            "is not a parameter of this endpoint."
                + NearMatches.didYouMean(name, declared.names()));
      }
      if (given.getValue().size() > 1 && !parameter.get().repeatable()) {
        throw ProblemException.invalidParameter(name, "must be given once");
      }
      // A type QueryValues has no rule for fails loudly here (IllegalStateException, a 500 in the
      // first test that sends it) rather than letting JAX-RS answer a bad value with a 404.
      Class<?> type = parameter.get().type();
      if (type != null) {
        for (String value : given.getValue()) {
          try {
            QueryValues.parse(type, value);
          } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(name, e.getMessage());
          }
        }
      }
    }
  }
}
