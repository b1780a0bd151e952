package io.canrun.policy.rest;

import io.canrun.policy.engine.PairVerdict;
import io.canrun.policy.engine.RegimeVerdict;
import io.canrun.policy.engine.ReviewPolicy;
import io.canrun.policy.engine.Verdict;
import io.canrun.policy.service.ImpactService;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/** The pairs whose answer would change, before → after, against the current version. */
@RegisterForReflection
public record ImpactResponse(
    long policyVersion,
    LocalDate asOf,
    ImpactService.Operation op,
    String ruleId,
    int pairsEvaluated,
    int pairsChanged,
    List<Change> changes) {

  /** One pair's answer before and after the proposed change. */
  @RegisterForReflection
  public record Change(String item, String destination, Answer before, Answer after) {}

  /** The verdict and each regime's verdict with its deciding rules. */
  @RegisterForReflection
  public record Answer(Verdict verdict, List<RegimeAnswer> regimes) {

    static Answer of(PairVerdict pair) {
      return new Answer(pair.verdict(), pair.regimes().stream().map(RegimeAnswer::of).toList());
    }
  }

  /** One regime's verdict and the ids of the rules that decided it. */
  @RegisterForReflection
  public record RegimeAnswer(
      String regime, Verdict verdict, ReviewPolicy reviewPolicy, List<String> decidedBy) {

    static RegimeAnswer of(RegimeVerdict r) {
      return new RegimeAnswer(
          r.regime(),
          r.verdict(),
          r.reviewPolicy(),
          r.rules().stream().filter(o -> o.decisive()).map(o -> o.rule().id()).toList());
    }
  }

  static ImpactResponse of(
      ImpactService.Impact impact, LocalDate asOf, ImpactService.Operation op, String ruleId) {
    List<Change> changes =
        impact.differences().stream()
            .map(
                d ->
                    new Change(
                        d.before().item(),
                        d.before().destination(),
                        Answer.of(d.before()),
                        Answer.of(d.after())))
            .toList();
    return new ImpactResponse(
        impact.policyVersion(), asOf, op, ruleId, impact.pairsEvaluated(), changes.size(), changes);
  }
}
