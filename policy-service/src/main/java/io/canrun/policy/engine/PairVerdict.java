package io.canrun.policy.engine;

import java.util.List;

/** The answer for one item and destination: the most restrictive regime verdict, and each. */
public record PairVerdict(
    String item,
    String destination,
    Verdict verdict,
    Classification classification,
    List<RegimeVerdict> regimes) {}
