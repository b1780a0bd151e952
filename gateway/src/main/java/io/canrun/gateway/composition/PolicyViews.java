package io.canrun.gateway.composition;

import io.canrun.gateway.api.PolicyView;
import io.canrun.gateway.client.EvaluationResponse;
import java.time.LocalDate;
import java.util.List;

/** Builds the answer's policy part from a policy-service result, or from its absence. */
final class PolicyViews {

  private PolicyViews() {}

  static PolicyView of(EvaluationResponse.Result result, long version, LocalDate asOf) {
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
                classification.tpp(),
                classification.performanceDensity()),
        version,
        asOf);
  }

  /** No verdict could be obtained: UNKNOWN, and the reason, so the answer cannot become YES. */
  static PolicyView unavailable(String reason, LocalDate asOf, Long version) {
    return new PolicyView("UNKNOWN", false, reason, List.of(), null, version, asOf);
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
    return new PolicyView.Regime(
        regime.regime(),
        regime.verdict(),
        regime.reviewPolicy(),
        regime.confidence(),
        rules,
        orEmpty(regime.conditions()),
        orEmpty(regime.assumptions()),
        orEmpty(regime.notes()));
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }
}
