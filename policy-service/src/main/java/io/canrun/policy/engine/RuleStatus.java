package io.canrun.policy.engine;

/**
 * Whether a rule changes verdicts. The AI-diffusion framework is text in the eCFR that BIS does not
 * enforce: it is evaluated and listed, but never decides.
 */
public enum RuleStatus {
  ENFORCED,
  ON_BOOKS_UNENFORCED
}
