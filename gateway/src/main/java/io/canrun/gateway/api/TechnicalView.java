package io.canrun.gateway.api;

import io.canrun.gateway.feasibility.Estimate;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The technical half of an answer: fit, chip count, memory per chip (GiB) and speed, rounded to
 * four significant digits (the inputs carry no more).
 */
@RegisterForReflection
public record TechnicalView(
    Boolean fits,
    Integer chipsRequired,
    Integer chipsUsed,
    String precision,
    String kvCachePrecision,
    Integer tensorParallel,
    Integer pipelineStages,
    int contextTokens,
    int concurrency,
    Integer maxConcurrencyAtContext,
    Memory memory,
    Performance performance,
    List<String> notes) {

  @RegisterForReflection
  public record Memory(
      Double weightsGiB,
      Double kvCacheGiB,
      Double fixedStateGiB,
      Double runtimeReserveGiB,
      Double totalGiB,
      Double budgetGiB,
      Double capacityGiB,
      String capacityBasis) {}

  @RegisterForReflection
  public record Performance(
      Double decodeTokensPerSecond,
      Double aggregateDecodeTokensPerSecond,
      Double prefillTokensPerSecond,
      Double timeToFirstTokenMs,
      String bottleneck,
      Double decodeBoundTokensPerSecond,
      Double prefillBoundTokensPerSecond) {}

  public static TechnicalView of(Estimate e) {
    Estimate.Memory m = e.memory();
    Estimate.Performance p = e.performance();
    return new TechnicalView(
        e.fits(),
        e.chipsRequired(),
        e.chipsUsed(),
        e.precision() == null ? null : e.precision().name(),
        e.kvCachePrecision() == null ? null : e.kvCachePrecision().name(),
        e.tensorParallel(),
        e.pipelineStages(),
        e.contextTokens(),
        e.concurrency(),
        e.maxConcurrencyAtContext(),
        m == null
            ? null
            : new Memory(
                round(m.weightsGiB()),
                round(m.kvCacheGiB()),
                round(m.fixedStateGiB()),
                round(m.runtimeReserveGiB()),
                round(m.totalGiB()),
                round(m.budgetGiB()),
                round(m.capacityGiB()),
                m.capacityBasis()),
        p == null
            ? null
            : new Performance(
                round(p.decodeTokensPerSecond()),
                round(p.aggregateDecodeTokensPerSecond()),
                round(p.prefillTokensPerSecond()),
                round(p.timeToFirstTokenMs()),
                p.bottleneck() == null ? null : p.bottleneck().name(),
                round(p.decodeBoundTokensPerSecond()),
                round(p.prefillBoundTokensPerSecond())),
        e.notes());
  }

  public static Double round(Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      return null;
    }
    return new BigDecimal(value).round(new MathContext(4)).doubleValue();
  }
}
