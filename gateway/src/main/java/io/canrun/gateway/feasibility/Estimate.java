package io.canrun.gateway.feasibility;

import java.util.List;

/**
 * The engine's answer. {@code fits} is null when the inputs cannot decide it; every null figure has
 * a note saying why.
 *
 * @param chipsRequired the fewest chips in a legal layout that holds the deployment
 * @param chipsUsed the chips the figures below describe
 * @param layout how {@code chipsUsed} are arranged, or null when no legal layout exists
 * @param rejectedLayouts why each smaller layout (and the others tried) does not serve
 * @param inputTokens prompt tokens per request the performance figures assume
 * @param outputTokens generated tokens per request the performance figures assume
 * @param concurrency requests served at once (the largest that fits when MAX was asked)
 * @param concurrencyWasMax whether {@code concurrency} is the largest that fits
 * @param maxConcurrencyAtContext requests of the full context that fit on {@code chipsUsed}
 */
public record Estimate(
    Boolean fits,
    Integer chipsRequired,
    Integer chipsUsed,
    Layout layout,
    List<String> rejectedLayouts,
    ServingEngine engine,
    WeightFormat precision,
    WeightFormat kvCachePrecision,
    int contextTokens,
    int inputTokens,
    int outputTokens,
    int concurrency,
    boolean concurrencyWasMax,
    Integer maxConcurrencyAtContext,
    Memory memory,
    Performance performance,
    List<String> notes) {

  /**
   * Memory per chip in GiB.
   *
   * @param kvCacheGiB KV cache of the requests served at once
   * @param fixedStateGiB per-sequence state that does not grow with context (linear-attention
   *     state, sliding-window caches), for all sequences
   * @param runtimeReserveGiB what the engine keeps besides weights and KV (runtime, collective
   *     buffers, activation peak, CUDA graphs, compute buffer)
   * @param budgetGiB what the engine lets itself use in all (its memory rule)
   * @param kvCacheCapacityTokens tokens of KV cache the room left after weights and reserve holds,
   *     per replica
   * @param budgetRule the engine's rule, in words
   */
  public record Memory(
      Double weightsGiB,
      Double kvCacheGiB,
      Double fixedStateGiB,
      Double runtimeReserveGiB,
      Double totalGiB,
      Double budgetGiB,
      Double capacityGiB,
      String capacityBasis,
      Long kvCacheCapacityTokens,
      String budgetRule) {}

  /**
   * Speed, with the physical bounds (before calibration) beside it and a low–high range.
   *
   * @param decodeTokensPerSecond one request alone, at the average context of the request shape
   * @param aggregateDecodeTokensPerSecond all requests together, decode steps only
   * @param prefillTokensPerSecond prompt tokens per second for one request alone
   * @param timeToFirstTokenMs under the requested load (one request alone when concurrency is 1)
   * @param timePerOutputTokenMs under the requested load, prefill work of other requests included
   * @param outputTokensPerSecond all requests together, prefill work included
   * @param calibration the calibration the figures use
   */
  public record Performance(
      Double decodeTokensPerSecond,
      Double aggregateDecodeTokensPerSecond,
      Double prefillTokensPerSecond,
      Double timeToFirstTokenMs,
      Bottleneck bottleneck,
      Double decodeBoundTokensPerSecond,
      Double prefillBoundTokensPerSecond,
      Double timePerOutputTokenMs,
      Double outputTokensPerSecond,
      Ranges range,
      Calibration calibration) {

    static Performance unknown(Bottleneck bottleneck) {
      return new Performance(
          null, null, null, null, bottleneck, null, null, null, null, null, null);
    }
  }

  /** Low and high ends of the speed figures, from the calibration's ± band. */
  public record Ranges(
      Range decodeTokensPerSecond,
      Range timeToFirstTokenMs,
      Range timePerOutputTokenMs,
      Range outputTokensPerSecond) {}

  /** One low–high interval. */
  public record Range(double low, double high) {

    static Range around(Double value, double pct) {
      return value == null ? null : new Range(value * (1 - pct / 100), value * (1 + pct / 100));
    }
  }
}
