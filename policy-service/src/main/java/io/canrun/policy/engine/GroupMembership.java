package io.canrun.policy.engine;

import java.time.LocalDate;

/** A country's membership of a country group over a law-time interval. */
public record GroupMembership(
    String id, String group, String country, LocalDate effectiveFrom, LocalDate effectiveTo) {

  public boolean inForceOn(LocalDate date) {
    return EffectiveDates.contains(effectiveFrom, effectiveTo, date);
  }
}
