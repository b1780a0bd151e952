package io.canrun.policy.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * A rule as stored: where it comes from, when it is in force (law time), what it matches (a CEL
 * condition) and what it says. {@code version} is the policy version that wrote this revision.
 */
public record RuleDefinition(
    String id,
    String regime,
    String title,
    String citation,
    String sourceUrl,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    RuleStatus status,
    String condition,
    Verdict effect,
    ReviewPolicy reviewPolicy,
    int precedence,
    List<String> supersedes,
    List<String> conditions,
    List<String> assumptions,
    Confidence confidence,
    String notes,
    long version) {

  /** Entity list. */
  public static final int TIER_ENTITY = 300;

  /** Product-specific decisions. */
  public static final int TIER_PRODUCT = 200;

  /** General class / destination rules. */
  public static final int TIER_GENERAL = 100;

  /** Baseline jurisdiction rules that make coverage explicit. */
  public static final int TIER_BASELINE = 0;

  public RuleDefinition {
    supersedes = supersedes == null ? List.of() : List.copyOf(supersedes);
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
    assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
  }

  public boolean inForceOn(LocalDate date) {
    return EffectiveDates.contains(effectiveFrom, effectiveTo, date);
  }
}
