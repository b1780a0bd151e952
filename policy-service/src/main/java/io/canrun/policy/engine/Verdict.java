package io.canrun.policy.engine;

/**
 * The fixed verdict vocabulary. Declaration order is restrictiveness, least restrictive first, so
 * {@link #isStricterThan} and "most restrictive wins" are a comparison of ordinals.
 */
public enum Verdict {
  NOT_APPLICABLE,
  NO_LICENSE_REQUIRED,
  DISCOURAGED,
  NOTIFICATION_REQUIRED,
  UNKNOWN,
  LICENSE_REQUIRED,
  PROHIBITED;

  public boolean isStricterThan(Verdict other) {
    return ordinal() > other.ordinal();
  }

  public static Verdict strictest(Verdict a, Verdict b) {
    return a.isStricterThan(b) ? a : b;
  }
}
