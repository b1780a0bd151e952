package io.canrun.policy.engine;

/** Licence review policies. Declaration order is strictness, most lenient first. */
public enum ReviewPolicy {
  PRESUMPTION_OF_APPROVAL,
  CASE_BY_CASE,
  PRESUMPTION_OF_DENIAL,
  POLICY_OF_DENIAL;

  /** The stricter of two policies; {@code null} (no review policy stated) loses to any policy. */
  public static ReviewPolicy strictest(ReviewPolicy a, ReviewPolicy b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
