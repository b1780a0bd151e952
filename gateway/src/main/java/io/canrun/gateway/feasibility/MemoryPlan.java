package io.canrun.gateway.feasibility;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits a deployment into chips: per-chip memory for a layout, the legal tensor-parallel degrees
 * (powers of two that divide the attention heads, within the scale-up domain), and the smallest
 * layout that fits. Pipeline stages split the layers across domains.
 */
final class MemoryPlan {

  static final double GIB = 1024.0 * 1024 * 1024;

  private final ModelMemory model;
  private final Integer attentionHeads;
  private final int layers;
  private final double weightBytes;
  private final double kvBytesPerSequence;
  private final double fixedBytesPerSequence;
  private final int concurrency;
  private final double budgetBytes;
  private final EngineConstants constants;

  MemoryPlan(
      ModelMemory model,
      ModelArchitecture architecture,
      double weightBytes,
      double kvBytesPerSequence,
      double fixedBytesPerSequence,
      int concurrency,
      double capacityGiB,
      EngineConstants constants) {
    this.model = model;
    this.attentionHeads = architecture.attentionHeads();
    this.layers = architecture.layers() == null ? 1 : architecture.layers();
    this.weightBytes = weightBytes;
    this.kvBytesPerSequence = kvBytesPerSequence;
    this.fixedBytesPerSequence = fixedBytesPerSequence;
    this.concurrency = concurrency;
    this.budgetBytes = constants.memoryUtilization() * capacityGiB * GIB;
    this.constants = constants;
  }

  double budgetBytes() {
    return budgetBytes;
  }

  double weightsPerChip(Layout layout) {
    return weightBytes / layout.chips();
  }

  double kvPerChip(Layout layout) {
    return kvBytesPerSequence
        * concurrency
        / (model.kvShards(layout.tensorParallel()) * (double) layout.pipelineStages());
  }

  double fixedPerChip(Layout layout) {
    return fixedBytesPerSequence * concurrency / layout.chips();
  }

  double reservePerChip(Layout layout) {
    return (constants.runtimeReserveGiB()
            + (layout.chips() > 1 ? constants.collectiveBufferGiB() : 0))
        * GIB;
  }

  double totalPerChip(Layout layout) {
    return weightsPerChip(layout)
        + kvPerChip(layout)
        + fixedPerChip(layout)
        + reservePerChip(layout);
  }

  boolean fits(Layout layout) {
    return totalPerChip(layout) <= budgetBytes;
  }

  /** Whole sequences of the requested context that fit beside the weights on this layout. */
  int maxConcurrency(Layout layout) {
    double free = budgetBytes - weightsPerChip(layout) - reservePerChip(layout);
    double perSequence =
        kvBytesPerSequence
                / (model.kvShards(layout.tensorParallel()) * (double) layout.pipelineStages())
            + fixedBytesPerSequence / layout.chips();
    if (free <= 0) {
      return 0;
    }
    return perSequence <= 0
        ? Integer.MAX_VALUE
        : (int) Math.min(Integer.MAX_VALUE, free / perSequence);
  }

  /** Tensor-parallel degrees a serving engine accepts here, largest first. */
  List<Integer> tensorParallelOptions(int domain) {
    List<Integer> options = new ArrayList<>();
    for (int tp = 1; tp <= domain; tp *= 2) {
      if (attentionHeads == null || attentionHeads % tp == 0) {
        options.add(0, tp);
      }
    }
    return options;
  }

  /** The layout for exactly {@code chips} chips with the most tensor parallelism, or null. */
  Layout layoutFor(int chips, int domain) {
    for (int tp : tensorParallelOptions(domain)) {
      if (chips % tp == 0 && chips / tp <= layers) {
        return new Layout(tp, chips / tp);
      }
    }
    return null;
  }

  /**
   * The fewest chips that hold the deployment; among equals the one with more tensor parallelism
   * (faster decode). Null when no legal layout fits.
   */
  Layout smallestFitting(int domain) {
    Layout best = null;
    for (int tp : tensorParallelOptions(domain)) {
      Layout single = new Layout(tp, 1);
      Layout candidate = fits(single) ? single : withStages(tp);
      if (candidate != null && (best == null || candidate.chips() < best.chips())) {
        best = candidate;
      }
    }
    return best;
  }

  /** Stages needed at this tensor-parallel degree: memory per chip falls as 1 / stages. */
  private Layout withStages(int tp) {
    Layout one = new Layout(tp, 1);
    double spread = weightsPerChip(one) + kvPerChip(one) + fixedPerChip(one);
    double room =
        budgetBytes - (constants.runtimeReserveGiB() + constants.collectiveBufferGiB()) * GIB;
    if (room <= 0) {
      return null;
    }
    int stages = (int) Math.ceil(spread / room);
    if (stages > layers) {
      return null;
    }
    Layout layout = new Layout(tp, Math.max(stages, 1));
    return fits(layout) ? layout : null;
  }
}
