package io.canrun.policy.service;

import io.canrun.policy.engine.CompiledRule;
import io.canrun.policy.engine.EvaluationQuery;
import io.canrun.policy.engine.Evaluator;
import io.canrun.policy.engine.PairVerdict;
import io.canrun.policy.engine.PolicySnapshot;
import io.canrun.policy.engine.RegimeVerdict;
import io.canrun.policy.engine.RuleDefinition;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import io.canrun.web.text.NearMatches;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a proposed rule change would do: the current policy and the policy with the change applied
 * are evaluated on the same pairs, in memory, and the pairs whose answer differs are returned.
 * Nothing is written.
 */
@ApplicationScoped
public class ImpactService {

  /** The kinds of proposed change. */
  public enum Operation {
    ADD,
    EDIT,
    REMOVE
  }

  /** A pair whose answer would change. */
  public record Difference(PairVerdict before, PairVerdict after) {}

  /** The differences, and the version the change was applied to. */
  public record Impact(long policyVersion, int pairsEvaluated, List<Difference> differences) {}

  private final EvaluationService evaluations;
  private final PolicySnapshots snapshots;
  private final RuleService rules;
  private final Evaluator evaluator = new Evaluator();

  public ImpactService(
      EvaluationService evaluations, PolicySnapshots snapshots, RuleService rules) {
    this.evaluations = evaluations;
    this.snapshots = snapshots;
    this.rules = rules;
  }

  public Impact impact(
      Operation operation, RuleDefinition proposed, String ruleId, EvaluationQuery query) {
    PolicySnapshot current = evaluations.snapshot(null);
    EvaluationService.requireKnownCountries(current, query);
    List<CompiledRule> changed = new ArrayList<>(current.allRules());
    List<String> ids = changed.stream().map(r -> r.definition().id()).toList();
    switch (operation) {
      case ADD -> {
        rules.validate(proposed);
        if (ids.contains(proposed.id())) {
          throw new ProblemException(
              ProblemType.CONFLICT,
              "Rule '" + proposed.id() + "' already exists; propose an EDIT instead.");
        }
        changed.add(snapshots.compile(proposed));
      }
      case EDIT -> {
        requireExisting(ruleId, ids);
        rules.validate(proposed);
        changed.removeIf(rule -> rule.definition().id().equals(ruleId));
        changed.add(snapshots.compile(proposed));
      }
      case REMOVE -> {
        requireExisting(ruleId, ids);
        changed.removeIf(rule -> rule.definition().id().equals(ruleId));
      }
    }
    List<PairVerdict> before = evaluator.evaluate(current, query);
    List<PairVerdict> after = evaluator.evaluate(current.withRules(changed), query);
    List<Difference> differences = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      if (!sameAnswer(before.get(i), after.get(i))) {
        differences.add(new Difference(before.get(i), after.get(i)));
      }
    }
    return new Impact(current.version(), before.size(), differences);
  }

  private static void requireExisting(String ruleId, List<String> ids) {
    if (ruleId == null || !ids.contains(ruleId)) {
      throw ProblemException.invalidParameter(
          "change.ruleId",
          "must name an existing rule." + NearMatches.didYouMean(String.valueOf(ruleId), ids));
    }
  }

  static boolean sameAnswer(PairVerdict a, PairVerdict b) {
    if (a.verdict() != b.verdict() || a.regimes().size() != b.regimes().size()) {
      return false;
    }
    for (int i = 0; i < a.regimes().size(); i++) {
      RegimeVerdict x = a.regimes().get(i);
      RegimeVerdict y = b.regimes().get(i);
      if (x.verdict() != y.verdict() || !Objects.equals(x.reviewPolicy(), y.reviewPolicy())) {
        return false;
      }
    }
    return true;
  }
}
