package io.canrun.gateway.rest;

import io.canrun.gateway.feasibility.EngineConstants;
import io.canrun.gateway.feasibility.WeightFormat;
import io.canrun.gateway.service.AnswerQuery;
import io.canrun.web.http.QueryParameters;
import io.canrun.web.problem.ProblemException;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the question parameters shared by /answer and /options. Engine constants can be overridden
 * with {@code assume.<name>=<value>}, e.g. {@code assume.denseDecodeEfficiency=0.8}.
 */
final class QuestionParameters {

  static final String ASSUME = "assume.";
  static final int MAX_CHIPS = 100_000;
  static final int MAX_CONTEXT = 10_000_000;
  static final int MAX_CONCURRENCY = 100_000;

  private QuestionParameters() {}

  static QueryParameters read(UriInfo uri, Set<String> allowed) {
    return new QueryParameters(uri.getQueryParameters(), allowed, ASSUME);
  }

  static AnswerQuery query(QueryParameters p, String chip, Integer count) {
    return new AnswerQuery(
        p.requiredSlug("model"),
        chip,
        p.requiredCountry("destination"),
        count,
        p.enumeration("precision", WeightFormat.class),
        p.enumeration("kvPrecision", WeightFormat.class),
        p.integer("context", 1, MAX_CONTEXT),
        p.integer("concurrency", 1, MAX_CONCURRENCY),
        p.date("asOf"),
        p.text("endUser"),
        p.country("endUserHq"),
        p.country("exportFrom"),
        p.positiveLong("policyVersion"),
        constants(p));
  }

  /** The defaults with the request's {@code assume.*} overrides, or a 400 naming the bad one. */
  static EngineConstants constants(QueryParameters p) {
    Map<String, String> raw = p.withPrefix(ASSUME);
    if (raw.isEmpty()) {
      return EngineConstants.DEFAULTS;
    }
    Map<String, Double> overrides = new LinkedHashMap<>();
    raw.keySet().forEach(name -> overrides.put(name, p.decimal(ASSUME + name, -1e12, 1e12)));
    try {
      return EngineConstants.DEFAULTS.with(overrides);
    } catch (IllegalArgumentException e) {
      String name =
          raw.keySet().stream()
              .filter(n -> e.getMessage().contains(n))
              .findFirst()
              .orElse(raw.keySet().iterator().next());
      throw ProblemException.invalidParameter(ASSUME + name, e.getMessage());
    }
  }
}
