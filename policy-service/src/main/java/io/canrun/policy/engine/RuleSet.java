package io.canrun.policy.engine;

/** A body of rules answered separately, e.g. {@code US-EAR}, and its name. */
public record RuleSet(String regime, String name) {}
