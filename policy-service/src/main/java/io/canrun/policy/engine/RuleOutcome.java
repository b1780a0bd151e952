package io.canrun.policy.engine;

/** A rule that matched the case, and what part it played in the verdict. */
public record RuleOutcome(RuleDefinition rule, boolean decisive, String reason) {}
