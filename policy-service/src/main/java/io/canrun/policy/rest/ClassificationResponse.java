package io.canrun.policy.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.canrun.policy.engine.Classification;
import io.canrun.policy.engine.TraceEntry;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/**
 * The class in force on {@code asOf}, with every threshold test and its numbers. {@code class} is
 * the item's own ECCN ({@code 4A090.a} for a system); {@code licensedAs}, present when it differs,
 * the class of the IC the rules license it as.
 */
@RegisterForReflection
public record ClassificationResponse(
    @JsonProperty("class") String eccn,
    @JsonInclude(JsonInclude.Include.NON_NULL) String licensedAs,
    Double tpp,
    String tppPrecision,
    Double performanceDensity,
    String vintage,
    LocalDate asOf,
    List<String> clauses,
    List<TraceLine> trace,
    List<String> notes) {

  /** One threshold test; {@code passed} is null when an input was unknown. */
  @RegisterForReflection
  public record TraceLine(
      String clause, String test, Double value, Double threshold, Boolean passed, String note) {

    static TraceLine of(TraceEntry e) {
      return new TraceLine(e.clause(), e.test(), e.value(), e.threshold(), e.passed(), e.note());
    }
  }

  static ClassificationResponse of(Classification c, LocalDate asOf) {
    return new ClassificationResponse(
        c.eccn(),
        EvaluationResponse.licensedClass(c),
        c.tpp(),
        c.tppPrecision(),
        EvaluationResponse.round2(c.performanceDensity()),
        c.vintage(),
        asOf,
        c.clauses(),
        c.trace().stream().map(TraceLine::of).toList(),
        c.notes());
  }
}
