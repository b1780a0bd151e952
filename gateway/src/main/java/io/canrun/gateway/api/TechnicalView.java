package io.canrun.gateway.api;

import io.canrun.gateway.feasibility.Estimate;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The technical half of an answer: fit, chip count and layout, the engine and request shape the
 * figures assume, memory per chip (GiB) and speed with its range and calibration, rounded to four
 * significant digits (the inputs carry no more). Names follow the feasibility engine's estimate.
 *
 * @param engine the serving engine whose rules apply, as the {@code engine} parameter spells it
 * @param layout how {@code chipsUsed} are arranged, or null when no layout holds the model
 * @param rejectedLayouts why each smaller (or other) layout does not serve
 * @param concurrency requests served at once: as asked, or the most that fit when {@code
 *     concurrencyWasMax}
 */
@RegisterForReflection
public record TechnicalView(
    Boolean fits,
    Integer chipsRequired,
    Integer chipsUsed,
    String engine,
    String precision,
    String kvCachePrecision,
    Layout layout,
    List<String> rejectedLayouts,
    int contextTokens,
    int inputTokens,
    int outputTokens,
    int concurrency,
    boolean concurrencyWasMax,
    Integer maxConcurrencyAtContext,
    Memory memory,
    Performance performance,
    List<String> notes) {

  /** Tensor parallelism within a node, pipeline stages, expert parallelism, and their extent. */
  @RegisterForReflection
  public record Layout(
      int tensorParallel,
      int pipelineStages,
      int expertParallel,
      boolean attentionDataParallel,
      int replicas,
      int nodes) {}

  @RegisterForReflection
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
   * @param outputTokensPerSecond all requests together, prefill work included
   * @param range low and high ends from the calibration's ± band
   */
  @RegisterForReflection
  public record Performance(
      Double decodeTokensPerSecond,
      Double aggregateDecodeTokensPerSecond,
      Double prefillTokensPerSecond,
      Double timeToFirstTokenMs,
      Double timePerOutputTokenMs,
      Double outputTokensPerSecond,
      String bottleneck,
      Double decodeBoundTokensPerSecond,
      Double prefillBoundTokensPerSecond,
      Ranges range,
      Calibration calibration) {}

  @RegisterForReflection
  public record Ranges(
      Range decodeTokensPerSecond,
      Range timeToFirstTokenMs,
      Range timePerOutputTokenMs,
      Range outputTokensPerSecond) {}

  @RegisterForReflection
  public record Range(Double low, Double high) {}

  /**
   * The calibration the speed figures use.
   *
   * @param decodeRow the calibration-table row behind the decode efficiency ("request override"
   *     when {@code assume.decodeEfficiency} set it)
   * @param prefillRow the row behind the prefill MFU
   * @param fallback how those rows differ from the request (chip family, engine class...), or null
   * @param rangePct the ± band of the range
   */
  @RegisterForReflection
  public record Calibration(
      Double decodeEfficiency,
      Double prefillMfu,
      String decodeRow,
      String prefillRow,
      String fallback,
      Double rangePct) {}

  public static TechnicalView of(Estimate e) {
    return new TechnicalView(
        e.fits(),
        e.chipsRequired(),
        e.chipsUsed(),
        e.engine() == null ? null : e.engine().id(),
        e.precision() == null ? null : e.precision().name(),
        e.kvCachePrecision() == null ? null : e.kvCachePrecision().name(),
        layout(e.layout()),
        e.rejectedLayouts(),
        e.contextTokens(),
        e.inputTokens(),
        e.outputTokens(),
        e.concurrency(),
        e.concurrencyWasMax(),
        e.maxConcurrencyAtContext(),
        memory(e.memory()),
        performance(e.performance()),
        e.notes());
  }

  private static Layout layout(io.canrun.gateway.feasibility.Layout l) {
    return l == null
        ? null
        : new Layout(
            l.tensorParallel(),
            l.pipelineStages(),
            l.expertParallel(),
            l.attentionDataParallel(),
            l.replicas(),
            l.nodes());
  }

  private static Memory memory(Estimate.Memory m) {
    return m == null
        ? null
        : new Memory(
            round(m.weightsGiB()),
            round(m.kvCacheGiB()),
            round(m.fixedStateGiB()),
            round(m.runtimeReserveGiB()),
            round(m.totalGiB()),
            round(m.budgetGiB()),
            round(m.capacityGiB()),
            m.capacityBasis(),
            m.kvCacheCapacityTokens(),
            m.budgetRule());
  }

  private static Performance performance(Estimate.Performance p) {
    if (p == null) {
      return null;
    }
    Estimate.Ranges r = p.range();
    io.canrun.gateway.feasibility.Calibration c = p.calibration();
    return new Performance(
        round(p.decodeTokensPerSecond()),
        round(p.aggregateDecodeTokensPerSecond()),
        round(p.prefillTokensPerSecond()),
        round(p.timeToFirstTokenMs()),
        round(p.timePerOutputTokenMs()),
        round(p.outputTokensPerSecond()),
        p.bottleneck() == null ? null : p.bottleneck().name(),
        round(p.decodeBoundTokensPerSecond()),
        round(p.prefillBoundTokensPerSecond()),
        r == null
            ? null
            : new Ranges(
                range(r.decodeTokensPerSecond()),
                range(r.timeToFirstTokenMs()),
                range(r.timePerOutputTokenMs()),
                range(r.outputTokensPerSecond())),
        c == null
            ? null
            : new Calibration(
                round(c.decodeEfficiency()),
                round(c.prefillMfu()),
                c.decodeRow(),
                c.prefillRow(),
                c.fallback(),
                round(c.rangePct())));
  }

  private static Range range(Estimate.Range r) {
    return r == null ? null : new Range(round(r.low()), round(r.high()));
  }

  public static Double round(Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      return null;
    }
    return new BigDecimal(value).round(new MathContext(4)).doubleValue();
  }
}
