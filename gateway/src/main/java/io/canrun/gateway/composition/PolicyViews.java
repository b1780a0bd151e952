package io.canrun.gateway.composition;

import io.canrun.gateway.api.PolicyView;
import io.canrun.gateway.client.EvaluationResponse;
import io.canrun.gateway.upstream.PolicyVerdicts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds the answer's policy part from a policy-service result, or from its absence. */
final class PolicyViews {

  private PolicyViews() {}

  static PolicyView of(
      EvaluationResponse.Result result,
      long version,
      PolicyVerdicts.Coverage coverage,
      LocalDate asOf) {
    List<PolicyView.Regime> regimes =
        result.regimes() == null
            ? List.of()
            : result.regimes().stream().map(PolicyViews::regime).toList();
    EvaluationResponse.Classification classification = result.classification();
    return new PolicyView(
        regimes.isEmpty() ? "UNKNOWN" : AnswerDecision.mostRestrictive(regimes),
        true,
        regimes.isEmpty() ? "policy-service returned no regime verdict" : null,
        regimes,
        classification == null
            ? null
            : new PolicyView.Classification(
                classification.eccnClass(),
                classification.licensedAs(),
                classification.tpp(),
                classification.performanceDensity(),
                classification.vintage()),
        result.exportFrom(),
        coverage.ruleSets().stream()
            .map(set -> new PolicyView.RuleSet(set.regime(), set.name()))
            .toList(),
        coverage.notModelled(),
        version,
        asOf);
  }

  /** No verdict could be obtained: UNKNOWN, and the reason, so the answer cannot become YES. */
  static PolicyView unavailable(String reason, LocalDate asOf, Long version) {
    return new PolicyView(
        "UNKNOWN", false, reason, List.of(), null, null, List.of(), null, version, asOf);
  }

  private static PolicyView.Regime regime(EvaluationResponse.Regime regime) {
    List<PolicyView.Rule> rules =
        regime.rules() == null
            ? List.of()
            : regime.rules().stream()
                .map(
                    rule ->
                        new PolicyView.Rule(
                            rule.id(),
                            rule.title(),
                            rule.citation(),
                            rule.sourceUrl(),
                            rule.effect(),
                            rule.reviewPolicy(),
                            rule.reason(),
                            rule.decisive(),
                            rule.confidence()))
                .toList();
    // A verdict this gateway does not know (a newer policy-service) is shown as UNKNOWN, with a
    // note naming it, so every later step works with the vocabulary it knows.
    String verdict = AnswerDecision.known(regime.verdict());
    List<String> notes = orEmpty(regime.notes());
    if (!verdict.equals(regime.verdict())) {
      notes = new ArrayList<>(notes);
      notes.add(
          "policy-service said '" + regime.verdict() + "', a verdict this gateway does not know");
    }
    return new PolicyView.Regime(
        regime.regime() == null ? "unnamed regime" : regime.regime(),
        verdict,
        regime.reviewPolicy(),
        regime.confidence(),
        rules,
        orEmpty(regime.conditions()),
        orEmpty(regime.assumptions()),
        notes);
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }
}
