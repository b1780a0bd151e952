package io.canrun.gateway.composition;

import static org.assertj.core.api.Assertions.assertThat;

import io.canrun.gateway.api.AnswerKind;
import io.canrun.gateway.api.PolicyView;
import io.canrun.gateway.monitoring.AnswerReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one-word answer over the whole decision domain: every verdict policy-service can give (and a
 * missing or unheard-of one) × every review policy (and none) × fit known, missing or failed. The
 * expectations are the contract's, written out per verdict; the test also proves that no
 * combination throws (a LICENSE_REQUIRED without a review policy was once a 500).
 */
class AnswerDecisionTest {

  private static final List<String> VERDICTS =
      Arrays.asList(
          "PROHIBITED",
          "LICENSE_REQUIRED",
          "UNKNOWN",
          "NOTIFICATION_REQUIRED",
          "DISCOURAGED",
          "NO_LICENSE_REQUIRED",
          "NOT_APPLICABLE",
          null,
          "SOME_FUTURE_VERDICT");
  private static final List<String> REVIEW_POLICIES =
      Arrays.asList(
          null,
          "PRESUMPTION_OF_APPROVAL",
          "CASE_BY_CASE",
          "PRESUMPTION_OF_DENIAL",
          "POLICY_OF_DENIAL",
          "SOME_FUTURE_POLICY");
  private static final List<Boolean> FITS = Arrays.asList(true, null, false);

  /** The contract, for a known fit, when the other regime lets the item through. */
  private static AnswerKind expectedWhenItFits(String verdict, String reviewPolicy) {
    if (verdict == null) {
      return AnswerKind.UNKNOWN;
    }
    return switch (verdict) {
      case "PROHIBITED" -> AnswerKind.NO;
      case "LICENSE_REQUIRED" ->
          "PRESUMPTION_OF_DENIAL".equals(reviewPolicy) || "POLICY_OF_DENIAL".equals(reviewPolicy)
              ? AnswerKind.NO
              : AnswerKind.CONDITIONAL;
      case "NOTIFICATION_REQUIRED", "DISCOURAGED" -> AnswerKind.CONDITIONAL;
      case "NO_LICENSE_REQUIRED", "NOT_APPLICABLE" -> AnswerKind.YES;
      default -> AnswerKind.UNKNOWN;
    };
  }

  @Test
  void everyVerdictReviewPolicyAndFitGivesTheContractsAnswer() {
    List<String> wrong = new ArrayList<>();
    int combinations = 0;
    for (String verdict : VERDICTS) {
      for (String reviewPolicy : REVIEW_POLICIES) {
        for (Boolean fits : FITS) {
          combinations++;
          PolicyView policy =
              policy(true, regime("US-EAR", verdict, reviewPolicy), free("CN", "NOT_APPLICABLE"));
          AnswerKind expected = expectedWhenItFits(verdict, reviewPolicy);
          if (Boolean.FALSE.equals(fits)) {
            expected = AnswerKind.NO;
          } else if (fits == null && expected != AnswerKind.NO) {
            expected = AnswerKind.UNKNOWN;
          }
          AnswerKind actual = AnswerDecision.decide(fits, policy);
          AnswerDecision.reason(false, fits, policy);
          AnswerDecision.mostRestrictive(policy.regimes());
          if (actual != expected) {
            wrong.add(verdict + "/" + reviewPolicy + "/fits=" + fits + ": " + actual);
          }
        }
      }
    }
    assertThat(combinations).isEqualTo(VERDICTS.size() * REVIEW_POLICIES.size() * FITS.size());
    assertThat(wrong).isEmpty();
  }

  @Test
  void withoutAVerdictNothingIsYesAndAFailedFitIsStillNo() {
    PolicyView unavailable = policy(false);
    assertThat(AnswerDecision.decide(true, unavailable)).isEqualTo(AnswerKind.UNKNOWN);
    assertThat(AnswerDecision.decide(null, unavailable)).isEqualTo(AnswerKind.UNKNOWN);
    assertThat(AnswerDecision.decide(false, unavailable)).isEqualTo(AnswerKind.NO);
    assertThat(AnswerDecision.reason(false, true, unavailable))
        .isEqualTo(AnswerReason.POLICY_UNAVAILABLE);

    PolicyView noRegimes = policy(true);
    assertThat(AnswerDecision.decide(true, noRegimes)).isEqualTo(AnswerKind.UNKNOWN);
    assertThat(AnswerDecision.reason(false, true, noRegimes))
        .isEqualTo(AnswerReason.REGIME_UNKNOWN);
  }

  @Test
  void oneBlockingRegimeMakesItNoWhateverTheOthersSay() {
    // An embargo (licence under a policy of denial) beside a regime that does not apply.
    PolicyView embargo =
        policy(
            true,
            regime("US-EAR", "LICENSE_REQUIRED", "POLICY_OF_DENIAL"),
            free("CN", "NOT_APPLICABLE"));
    assertThat(AnswerDecision.decide(true, embargo)).isEqualTo(AnswerKind.NO);
    assertThat(AnswerDecision.decide(null, embargo)).isEqualTo(AnswerKind.NO);
    // A blocking regime decides even beside one whose verdict is unknown.
    PolicyView blockedAndUnknown =
        policy(true, regime("US-EAR", "PROHIBITED", null), regime("CN", null, null));
    assertThat(AnswerDecision.decide(true, blockedAndUnknown)).isEqualTo(AnswerKind.NO);
  }

  @Test
  void theOverallVerdictIsTheStrictestAndAnUnheardOfOneCountsAsUnknown() {
    assertThat(
            AnswerDecision.mostRestrictive(
                List.of(free("CN", "DISCOURAGED"), regime("US-EAR", "LICENSE_REQUIRED", null))))
        .isEqualTo("LICENSE_REQUIRED");
    assertThat(
            AnswerDecision.mostRestrictive(
                List.of(free("CN", "NOT_APPLICABLE"), regime("US-EAR", "EMBARGOED", null))))
        .isEqualTo("UNKNOWN");
    assertThat(AnswerDecision.mostRestrictive(List.of())).isEqualTo("UNKNOWN");
  }

  private static PolicyView.Regime regime(String name, String verdict, String reviewPolicy) {
    return new PolicyView.Regime(
        name, verdict, reviewPolicy, "HIGH", List.of(), List.of(), List.of(), List.of());
  }

  private static PolicyView.Regime free(String name, String verdict) {
    return regime(name, verdict, null);
  }

  private static PolicyView policy(boolean available, PolicyView.Regime... regimes) {
    return new PolicyView(
        "UNKNOWN",
        available,
        available ? null : "policy-service is down",
        List.of(regimes),
        null,
        null,
        List.of(),
        null,
        7L,
        null);
  }
}
