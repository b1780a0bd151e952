package io.canrun.policy.engine;

/** How sure the research behind a rule or figure is: high, medium, low. */
public enum Confidence {
  L,
  M,
  H;

  public static Confidence weakest(Confidence a, Confidence b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
