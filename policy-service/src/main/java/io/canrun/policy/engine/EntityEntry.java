package io.canrun.policy.engine;

import java.time.LocalDate;
import java.util.List;

/** An Entity List entry as the screen needs it. */
public record EntityEntry(
    String id,
    String name,
    List<String> aliases,
    String country,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    ReviewPolicy reviewPolicy,
    List<String> footnotes) {

  public EntityEntry {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
  }

  public boolean inForceOn(LocalDate date) {
    return EffectiveDates.contains(effectiveFrom, effectiveTo, date);
  }
}
