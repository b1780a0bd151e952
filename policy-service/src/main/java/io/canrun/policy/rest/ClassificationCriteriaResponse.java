package io.canrun.policy.rest;

import io.canrun.policy.engine.Classification;
import io.canrun.policy.engine.ClassificationCriterion;
import io.canrun.policy.engine.ThresholdTest;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/** The criteria in force on {@code asOf}; {@code vintage} is NONE when there are none. */
@RegisterForReflection
public record ClassificationCriteriaResponse(
    LocalDate asOf, String vintage, List<Criterion> criteria) {

  /**
   * One clause. A PRONG puts an item in {@code resultClass} when all its tests pass; an EXEMPTION
   * releases it; a SCOPE_NOTE has no tests and only explains.
   */
  @RegisterForReflection
  public record Criterion(
      String clause,
      String resultClass,
      ClassificationCriterion.Kind kind,
      List<Test> tests,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      String citation,
      String note) {}

  /** {@code metric comparison threshold}, e.g. tpp >= 4800; {@code text} as the trace writes it. */
  @RegisterForReflection
  public record Test(String metric, String comparison, double threshold, String text) {

    static Test of(ThresholdTest t) {
      return new Test(t.metric().key(), t.comparison().code(), t.threshold(), t.describe());
    }
  }

  static ClassificationCriteriaResponse of(LocalDate asOf, List<ClassificationCriterion> inForce) {
    String vintage = inForce.isEmpty() ? Classification.NO_VINTAGE : inForce.get(0).vintage();
    return new ClassificationCriteriaResponse(
        asOf,
        vintage,
        inForce.stream()
            .map(
                c ->
                    new Criterion(
                        c.clause(),
                        c.resultClass(),
                        c.kind(),
                        c.tests().stream().map(Test::of).toList(),
                        c.effectiveFrom(),
                        c.effectiveTo(),
                        c.citation(),
                        c.note()))
            .toList());
  }
}
