package io.canrun.policy.engine;

/**
 * One line of a classification trace: which clause, which test, the item's value and whether it
 * passed ({@code null} = could not be tested because an input is unknown).
 */
public record TraceEntry(
    String clause, String test, Double value, Double threshold, Boolean passed, String note) {}
