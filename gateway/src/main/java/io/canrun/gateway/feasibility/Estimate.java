package io.canrun.gateway.feasibility;

import java.util.List;

/**
 * The engine's answer. {@code fits} is null when the inputs cannot decide it; every null figure has
 * a note saying why.
 *
 * @param chipsRequired the fewest chips in a legal layout that holds the deployment
 * @param chipsUsed the chips the figures below describe
 * @param maxConcurrencyAtContext sequences of the requested context that fit on {@code chipsUsed}
 */
public record Estimate(
    Boolean fits,
    Integer chipsRequired,
    Integer chipsUsed,
    Integer tensorParallel,
    Integer pipelineStages,
    WeightFormat precision,
    WeightFormat kvCachePrecision,
    int contextTokens,
    int concurrency,
    Integer maxConcurrencyAtContext,
    Memory memory,
    Performance performance,
    List<String> notes) {

  /**
   * Memory per chip in GiB.
   *
   * @param fixedStateGiB per-sequence state that does not grow with context (linear-attention
   *     state, sliding-window caches), for all sequences
   * @param budgetGiB the share of capacity a serving engine uses
   */
  public record Memory(
      Double weightsGiB,
      Double kvCacheGiB,
      Double fixedStateGiB,
      Double runtimeReserveGiB,
      Double totalGiB,
      Double budgetGiB,
      Double capacityGiB,
      String capacityBasis) {}

  /**
   * Speed estimates with their physical bounds (before efficiency factors) beside them.
   *
   * @param decodeTokensPerSecond per sequence, at the requested concurrency
   * @param timeToFirstTokenMs for one prompt as long as the requested context
   */
  public record Performance(
      Double decodeTokensPerSecond,
      Double aggregateDecodeTokensPerSecond,
      Double prefillTokensPerSecond,
      Double timeToFirstTokenMs,
      Bottleneck bottleneck,
      Double decodeBoundTokensPerSecond,
      Double prefillBoundTokensPerSecond) {}
}
