package io.canrun.policy.engine;

import java.util.List;

/**
 * The answer for one item and destination: the most restrictive regime verdict, and each. {@code
 * exportFrom} is the country the item was taken to ship from.
 */
public record PairVerdict(
    String item,
    String destination,
    String exportFrom,
    Verdict verdict,
    Classification classification,
    List<RegimeVerdict> regimes) {}
