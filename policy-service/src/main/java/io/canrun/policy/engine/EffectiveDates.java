package io.canrun.policy.engine;

import java.time.LocalDate;

/** Law time: a half-open interval [from, to), either end open when {@code null}. */
public final class EffectiveDates {

  private EffectiveDates() {}

  public static boolean contains(LocalDate from, LocalDate to, LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
  }
}
