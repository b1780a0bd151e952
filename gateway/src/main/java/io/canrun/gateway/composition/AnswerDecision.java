package io.canrun.gateway.composition;

import io.canrun.gateway.api.AnswerKind;
import io.canrun.gateway.api.PolicyView;
import io.canrun.gateway.monitoring.AnswerReason;
import java.util.List;
import java.util.Set;

/**
 * The contract's rule for the one-word answer, in its order: NO when it does not fit or a regime
 * blocks it (a prohibition, or a licence reviewed under a presumption or policy of denial, as for
 * an embargoed destination); UNKNOWN when a verdict or the fit is missing or a verdict is outside
 * the vocabulary (never YES); YES when every regime lets it through without conditions; CONDITIONAL
 * otherwise — which includes a licence whose review policy no rule states.
 *
 * <p>Every input may be null or a word this gateway does not know (policy-service can be newer):
 * such values can only make the answer less permissive, never throw.
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

  private static final String UNKNOWN = "UNKNOWN";

  private AnswerDecision() {}

  public static AnswerKind decide(Boolean fits, PolicyView policy) {
    if (Boolean.FALSE.equals(fits) || blocked(policy)) {
      return AnswerKind.NO;
    }
    if (!settled(policy) || fits == null) {
      return AnswerKind.UNKNOWN;
    }
    if (policy.regimes().stream().allMatch(r -> FREE_VERDICTS.contains(verdictOf(r)))) {
      return AnswerKind.YES;
    }
    return AnswerKind.CONDITIONAL;
  }

  /**
   * Why an answer is not simply the rules applied to a known fit, for {@code canrun_answers_total}:
   * no verdict, a stale catalog copy, an unsettled regime or an unknown fit — or none of these.
   */
  public static AnswerReason reason(boolean stale, Boolean fits, PolicyView policy) {
    if (policy == null || !policy.available()) {
      return AnswerReason.POLICY_UNAVAILABLE;
    }
    if (stale) {
      return AnswerReason.CATALOG_STALE;
    }
    if (!settled(policy)) {
      return AnswerReason.REGIME_UNKNOWN;
    }
    return fits == null ? AnswerReason.FIT_UNKNOWN : AnswerReason.NONE;
  }

  /** A verdict from every regime, each one in the vocabulary and none of them UNKNOWN. */
  private static boolean settled(PolicyView policy) {
    return policy != null
        && policy.available()
        && policy.regimes() != null
        && !policy.regimes().isEmpty()
        && policy.regimes().stream().noneMatch(r -> UNKNOWN.equals(verdictOf(r)));
  }

  /** A prohibition, or a licence that will be denied as a rule. */
  static boolean blocked(PolicyView policy) {
    if (policy == null || !policy.available() || policy.regimes() == null) {
      return false;
    }
    return policy.regimes().stream().anyMatch(AnswerDecision::blocks);
  }

  static boolean blocks(PolicyView.Regime regime) {
    String verdict = verdictOf(regime);
    return "PROHIBITED".equals(verdict)
        || ("LICENSE_REQUIRED".equals(verdict)
            && regime.reviewPolicy() != null
            && DENIAL_POLICIES.contains(regime.reviewPolicy()));
  }

  /** The regime's verdict, or UNKNOWN when it is missing or outside the vocabulary. */
  static String verdictOf(PolicyView.Regime regime) {
    return known(regime == null ? null : regime.verdict());
  }

  /** {@code verdict} when it is in the vocabulary, else UNKNOWN. */
  static String known(String verdict) {
    return verdict != null && RESTRICTIVENESS.contains(verdict) ? verdict : UNKNOWN;
  }

  /**
   * The most restrictive of the regimes' verdicts; UNKNOWN for a verdict outside the vocabulary.
   */
  public static String mostRestrictive(List<PolicyView.Regime> regimes) {
    int best = RESTRICTIVENESS.size();
    for (PolicyView.Regime regime : regimes) {
      best = Math.min(best, RESTRICTIVENESS.indexOf(verdictOf(regime)));
    }
    return best == RESTRICTIVENESS.size() ? UNKNOWN : RESTRICTIVENESS.get(best);
  }
}
