package io.canrun.gateway.composition;

import io.canrun.gateway.api.AnswerKind;
import io.canrun.gateway.api.PolicyView;
import io.canrun.gateway.monitoring.AnswerReason;
import java.util.List;
import java.util.Set;

/**
 * The contract's rule for the one-word answer, in its order: NO when it does not fit or a regime
 * blocks it; UNKNOWN when a verdict or the fit is missing (never YES); YES when every regime lets
 * it through without conditions; CONDITIONAL otherwise.
 */
public final class AnswerDecision {

  private static final Set<String> DENIAL_POLICIES =
      Set.of("PRESUMPTION_OF_DENIAL", "POLICY_OF_DENIAL");
  private static final Set<String> FREE_VERDICTS = Set.of("NO_LICENSE_REQUIRED", "NOT_APPLICABLE");

  /** Verdicts from most to least restrictive; used to name the overall verdict. */
  private static final List<String> RESTRICTIVENESS =
      List.of(
          "PROHIBITED",
          "LICENSE_REQUIRED",
          "UNKNOWN",
          "NOTIFICATION_REQUIRED",
          "DISCOURAGED",
          "NO_LICENSE_REQUIRED",
          "NOT_APPLICABLE");

  private AnswerDecision() {}

  public static AnswerKind decide(Boolean fits, PolicyView policy) {
    if (Boolean.FALSE.equals(fits) || blocked(policy)) {
      return AnswerKind.NO;
    }
    if (!policy.available()
        || policy.regimes() == null
        || policy.regimes().isEmpty()
        || fits == null
        || policy.regimes().stream().anyMatch(r -> !RESTRICTIVENESS.contains(r.verdict()))
        || policy.regimes().stream().anyMatch(r -> "UNKNOWN".equals(r.verdict()))) {
      return AnswerKind.UNKNOWN;
    }
    if (policy.regimes().stream().allMatch(r -> FREE_VERDICTS.contains(r.verdict()))) {
      return AnswerKind.YES;
    }
    return AnswerKind.CONDITIONAL;
  }

  /**
   * Why an answer is not simply the rules applied to a known fit, for {@code canrun_answers_total}:
   * no verdict, a stale catalog copy, an unsettled regime or an unknown fit — or none of these.
   */
  public static AnswerReason reason(boolean stale, Boolean fits, PolicyView policy) {
    if (!policy.available()) {
      return AnswerReason.POLICY_UNAVAILABLE;
    }
    if (stale) {
      return AnswerReason.CATALOG_STALE;
    }
    if (policy.regimes() == null
        || policy.regimes().isEmpty()
        || policy.regimes().stream()
            .anyMatch(
                r -> "UNKNOWN".equals(r.verdict()) || !RESTRICTIVENESS.contains(r.verdict()))) {
      return AnswerReason.REGIME_UNKNOWN;
    }
    return fits == null ? AnswerReason.FIT_UNKNOWN : AnswerReason.NONE;
  }

  /** A prohibition, or a licence that will be denied as a rule. */
  static boolean blocked(PolicyView policy) {
    if (!policy.available() || policy.regimes() == null) {
      return false;
    }
    return policy.regimes().stream().anyMatch(AnswerDecision::blocks);
  }

  static boolean blocks(PolicyView.Regime regime) {
    return "PROHIBITED".equals(regime.verdict())
        || ("LICENSE_REQUIRED".equals(regime.verdict())
            && DENIAL_POLICIES.contains(regime.reviewPolicy()));
  }

  /**
   * The most restrictive of the regimes' verdicts; UNKNOWN for a verdict outside the vocabulary.
   */
  public static String mostRestrictive(List<PolicyView.Regime> regimes) {
    int best = RESTRICTIVENESS.size();
    for (PolicyView.Regime regime : regimes) {
      int rank = RESTRICTIVENESS.indexOf(regime.verdict());
      best = Math.min(best, rank < 0 ? RESTRICTIVENESS.indexOf("UNKNOWN") : rank);
    }
    return best == RESTRICTIVENESS.size() ? "UNKNOWN" : RESTRICTIVENESS.get(best);
  }
}
