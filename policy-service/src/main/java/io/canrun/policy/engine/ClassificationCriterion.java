package io.canrun.policy.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * One clause of an effective-dated classification vintage, stored as data so that a new vintage is
 * a data change. A {@link Kind#PRONG} makes the item {@code resultClass} when all its tests pass;
 * an {@link Kind#EXEMPTION} releases an item from every class of its vintage when all its tests
 * pass (3A090 Note 2); a {@link Kind#SCOPE_NOTE} never passes for a processor and only explains in
 * the trace why a clause does not apply (3A090.c, HBM). {@code itemType} says which items the
 * clause classifies: {@link ItemType#IC} clauses also classify systems by the IC they contain, and
 * {@link ItemType#HBM} clauses classify standalone memory.
 */
public record ClassificationCriterion(
    String vintage,
    String clause,
    String resultClass,
    Kind kind,
    List<ThresholdTest> tests,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    String citation,
    String note,
    int ordinal,
    ItemType itemType) {

  public enum Kind {
    PRONG,
    EXEMPTION,
    SCOPE_NOTE
  }

  public ClassificationCriterion {
    tests = List.copyOf(tests);
  }

  /** Whether this clause classifies {@code type}: systems are classified by the IC they contain. */
  public boolean classifies(ItemType type) {
    return itemType == (type == ItemType.HBM ? ItemType.HBM : ItemType.IC);
  }

  public boolean inForceOn(LocalDate date) {
    return EffectiveDates.contains(effectiveFrom, effectiveTo, date);
  }
}
