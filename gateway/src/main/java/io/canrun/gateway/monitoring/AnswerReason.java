package io.canrun.gateway.monitoring;

import java.util.Locale;

/**
 * Why an answer is not simply the rules applied to a known fit: the {@code reason} of {@code
 * canrun_answers_total}. One per answer, the first that applies in this order.
 */
public enum AnswerReason {
  /** policy-service gave no verdict: the answer failed closed. */
  POLICY_UNAVAILABLE,
  /** The catalog copy could not be confirmed with catalog-service recently. */
  CATALOG_STALE,
  /**
   * A regime's verdict is UNKNOWN, outside the vocabulary, or missing: the rules do not settle it.
   */
  REGIME_UNKNOWN,
  /** Whether the model fits cannot be told from the catalog's figures. */
  FIT_UNKNOWN,
  /** None of the above. */
  NONE;

  /** As the metric tag shows it, e.g. {@code policy-unavailable}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
