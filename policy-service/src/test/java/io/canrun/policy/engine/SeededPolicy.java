package io.canrun.policy.engine;

import java.time.LocalDate;
import java.util.List;

/** The seeded policy (version 1) built from the seed migration, shared by engine tests. */
final class SeededPolicy {

  static final ConditionCompiler COMPILER = new ConditionCompiler();
  static final PolicySnapshot SNAPSHOT = SeedDocument.load().snapshot(COMPILER);
  static final Evaluator EVALUATOR = new Evaluator();

  private SeededPolicy() {}

  static PairVerdict evaluate(
      String itemId, String destination, String asOf, String exportFrom, EndUser endUser) {
    return evaluate(
        SNAPSHOT, GroundTruthChips.spec(itemId), destination, asOf, exportFrom, endUser);
  }

  static PairVerdict evaluate(
      PolicySnapshot snapshot,
      ItemSpec item,
      String destination,
      String asOf,
      String exportFrom,
      EndUser endUser) {
    EvaluationQuery query =
        new EvaluationQuery(
            LocalDate.parse(asOf), List.of(item), List.of(destination), endUser, exportFrom);
    return EVALUATOR.evaluate(snapshot, query).get(0);
  }

  static RegimeVerdict regime(PairVerdict verdict, String regime) {
    return verdict.regimes().stream()
        .filter(r -> r.regime().equals(regime))
        .findFirst()
        .orElseThrow();
  }

  static List<String> decisiveRules(RegimeVerdict verdict) {
    return verdict.rules().stream().filter(RuleOutcome::decisive).map(o -> o.rule().id()).toList();
  }
}
