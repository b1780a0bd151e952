package io.canrun.policy.engine;

import dev.cel.runtime.CelVariableResolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves one regime's verdict from its rules in force, in this order:
 *
 * <ol>
 *   <li>Keep the rules whose condition matches. Rules on the books but not enforced are listed and
 *       never decide.
 *   <li>Drop enforced matches that another enforced match supersedes (by id, in {@code
 *       supersedes}): a later rule replaces an earlier one only where it says so.
 *   <li>Keep the highest precedence tier (entity list 300 > product-specific 200 > general
 *       class/destination 100 > baseline jurisdiction 0).
 *   <li>Within the tier the most restrictive verdict wins (PROHIBITED > LICENSE_REQUIRED > UNKNOWN
 *       > NOTIFICATION_REQUIRED > DISCOURAGED > NO_LICENSE_REQUIRED > NOT_APPLICABLE), with the
 *       strictest review policy among the rules that give it (POLICY_OF_DENIAL >
 *       PRESUMPTION_OF_DENIAL > CASE_BY_CASE > PRESUMPTION_OF_APPROVAL).
 *   <li>No enforced rule left → UNKNOWN: no rule covers this case. Baseline rules exist so that
 *       covered cases say so explicitly.
 * </ol>
 *
 * A condition that fails at run time makes the regime at least UNKNOWN.
 */
final class RegimeResolver {

  RegimeVerdict resolve(String regime, List<CompiledRule> rules, CelVariableResolver variables) {
    List<RuleDefinition> enforced = new ArrayList<>();
    List<RuleOutcome> outcomes = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    boolean evaluationFailed = false;
    for (CompiledRule rule : rules) {
      try {
        if (!rule.matches(variables)) {
          continue;
        }
      } catch (RuleEvaluationException e) {
        evaluationFailed = true;
        outcomes.add(
            new RuleOutcome(
                rule.definition(),
                false,
                "Condition could not be evaluated on these inputs (" + e.getMessage() + ")."));
        notes.add(
            "Rule " + e.ruleId() + " could not be evaluated, so this regime cannot be decided.");
        continue;
      }
      RuleDefinition definition = rule.definition();
      if (definition.status() == RuleStatus.ON_BOOKS_UNENFORCED) {
        outcomes.add(
            new RuleOutcome(
                definition, false, "On the books but not enforced; it does not change verdicts."));
      } else {
        enforced.add(definition);
      }
    }

    Set<String> superseding = new HashSet<>();
    enforced.forEach(rule -> superseding.addAll(rule.supersedes()));
    List<RuleDefinition> live = new ArrayList<>();
    for (RuleDefinition rule : enforced) {
      if (superseding.contains(rule.id())) {
        List<String> by =
            enforced.stream()
                .filter(other -> other.supersedes().contains(rule.id()))
                .map(RuleDefinition::id)
                .toList();
        outcomes.add(new RuleOutcome(rule, false, "Superseded by " + String.join(", ", by) + "."));
      } else {
        live.add(rule);
      }
    }

    Verdict verdict = Verdict.UNKNOWN;
    ReviewPolicy reviewPolicy = null;
    Confidence confidence = Confidence.H;
    Set<String> conditions = new LinkedHashSet<>();
    Set<String> assumptions = new LinkedHashSet<>();
    if (live.isEmpty()) {
      notes.add("No rule covers this case.");
    } else {
      int tier = live.stream().mapToInt(RuleDefinition::precedence).max().orElseThrow();
      verdict =
          live.stream()
              .filter(rule -> rule.precedence() == tier)
              .map(RuleDefinition::effect)
              .reduce(Verdict.NOT_APPLICABLE, Verdict::strictest);
      for (RuleDefinition rule : live) {
        assumptions.addAll(rule.assumptions());
        boolean decisive = rule.precedence() == tier && rule.effect() == verdict;
        if (decisive) {
          reviewPolicy = ReviewPolicy.strictest(reviewPolicy, rule.reviewPolicy());
          conditions.addAll(rule.conditions());
          confidence = Confidence.weakest(confidence, rule.confidence());
          if (rule.confidence() != Confidence.H) {
            notes.add(
                "Rests on "
                    + rule.id()
                    + " (confidence "
                    + rule.confidence()
                    + ")"
                    + (rule.notes() == null || rule.notes().isBlank() ? "." : ": " + rule.notes()));
          }
        }
        outcomes.add(new RuleOutcome(rule, decisive, reason(rule, decisive, tier, verdict)));
      }
      if (verdict == Verdict.LICENSE_REQUIRED && reviewPolicy == null) {
        notes.add(
            "No review policy is published for "
                + String.join(
                    ", ",
                    outcomes.stream()
                        .filter(RuleOutcome::decisive)
                        .map(o -> o.rule().id())
                        .toList())
                + ": how a licence application would be reviewed is not known.");
      }
    }
    if (evaluationFailed && Verdict.UNKNOWN.isStricterThan(verdict)) {
      verdict = Verdict.UNKNOWN;
      reviewPolicy = null;
    }
    outcomes.sort(
        java.util.Comparator.comparing((RuleOutcome o) -> !o.decisive())
            .thenComparingInt(o -> -o.rule().precedence())
            .thenComparing(o -> o.rule().id()));
    return new RegimeVerdict(
        regime,
        verdict,
        verdict == Verdict.UNKNOWN ? null : reviewPolicy,
        outcomes,
        List.copyOf(conditions),
        List.copyOf(assumptions),
        live.isEmpty() ? Confidence.L : confidence,
        notes);
  }

  private static String reason(RuleDefinition rule, boolean decisive, int tier, Verdict verdict) {
    if (decisive) {
      return "Decides: highest matching precedence ("
          + tier
          + ") and the most restrictive effect in it.";
    }
    if (rule.precedence() < tier) {
      return "Overridden: precedence " + rule.precedence() + " is below the deciding " + tier + ".";
    }
    return "Less restrictive than " + verdict + " in the same precedence tier.";
  }
}
