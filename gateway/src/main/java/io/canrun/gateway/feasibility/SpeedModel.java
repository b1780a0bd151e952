package io.canrun.gateway.feasibility;

import java.util.List;

/**
 * Rooflines with named efficiency factors. Decode reads the weights the batch touches plus every
 * sequence's KV cache once per step; tensor-parallel chips read in parallel, pipeline stages in
 * turn. Prefill is compute-bound: FLOPs over peak times the achieved utilisation.
 */
final class SpeedModel {

  private static final double GIGA = 1e9;
  private static final double TERA = 1e12;

  private SpeedModel() {}

  static Estimate.Performance estimate(
      ModelArchitecture model,
      ModelMemory memory,
      ChipSpec chip,
      Layout layout,
      WeightFormat weights,
      double kvBytesPerSequence,
      double fixedBytesPerSequence,
      int context,
      int batch,
      EngineConstants constants,
      List<String> notes) {
    Double bandwidth = chip.memoryBandwidthGBps();
    Double active = memory.activeParams();
    if (bandwidth == null || bandwidth <= 0) {
      notes.add(
          chip.name()
              + "'s memory bandwidth is unknown, so decode speed cannot be estimated (no guess).");
      return new Estimate.Performance(null, null, null, null, Bottleneck.UNKNOWN, null, null);
    }
    Double peak = peakFor(chip, weights, notes);
    int tp = layout.tensorParallel();
    double bytes =
        memory.weightBytesPerStep(weights, batch)
            + batch * (kvBytesPerSequence + fixedBytesPerSequence);
    double efficiency =
        memory.isMoe() ? constants.moeDecodeEfficiency() : constants.denseDecodeEfficiency();
    double memorySeconds = bytes / (efficiency * bandwidth * GIGA * tp);
    double boundSeconds = bytes / (bandwidth * GIGA * tp);

    double computeSeconds = 0;
    Double flopsPerStep = decodeFlops(model, active, context, batch);
    if (peak != null && flopsPerStep != null) {
      computeSeconds = flopsPerStep / (constants.decodeComputeEfficiency() * peak * TERA * tp);
      boundSeconds = Math.max(boundSeconds, flopsPerStep / (peak * TERA * tp));
    }
    double commSeconds = communication(model, chip, layout, batch, constants);
    double stepSeconds =
        Math.max(memorySeconds, computeSeconds)
            + commSeconds
            + constants.stepOverheadMillis() / 1e3;

    Bottleneck bottleneck;
    if (commSeconds > Math.max(memorySeconds, computeSeconds)) {
      bottleneck = Bottleneck.INTERCONNECT;
    } else {
      bottleneck =
          computeSeconds > memorySeconds ? Bottleneck.COMPUTE : Bottleneck.MEMORY_BANDWIDTH;
    }

    Double prefill = null;
    Double ttftMs = null;
    Double prefillBound = null;
    Double prefillFlops = prefillFlops(model, active, context);
    if (peak != null && prefillFlops != null) {
      double seconds =
          prefillFlops / (constants.prefillComputeEfficiency() * peak * TERA * tp)
              + commSeconds
              + constants.stepOverheadMillis() / 1e3;
      ttftMs = seconds * 1e3;
      prefill = context / seconds;
      prefillBound = context / (prefillFlops / (peak * TERA * tp));
    } else {
      notes.add("Prefill speed is unknown: the chip's peak in this precision is not published.");
    }
    return new Estimate.Performance(
        1 / stepSeconds,
        batch / stepSeconds,
        prefill,
        ttftMs,
        bottleneck,
        1 / boundSeconds,
        prefillBound);
  }

  /**
   * The peak the weights compute at. MXFP4 without native FP4 runs as weight-only dequantization
   * into BF16 (how Hopper serves gpt-oss).
   */
  private static Double peakFor(ChipSpec chip, WeightFormat weights, List<String> notes) {
    Precision compute = weights.compute();
    if (weights == WeightFormat.MXFP4 && !Boolean.TRUE.equals(chip.supports(Precision.FP4))) {
      compute = Precision.BF16;
      notes.add("MXFP4 experts run as weight-only dequantization to BF16 (no native FP4).");
    }
    Double peak = chip.peakTflops(compute);
    if (peak == null && compute == Precision.BF16) {
      peak = chip.peakTflops(Precision.FP16);
    }
    return peak;
  }

  private static Double decodeFlops(
      ModelArchitecture model, Double active, int context, int batch) {
    if (active == null) {
      return null;
    }
    return 2 * active * batch + attentionFlops(model, context, batch);
  }

  /** Causal attention over a prompt of {@code context} tokens: QKᵀ and PV on full layers. */
  private static Double prefillFlops(ModelArchitecture model, Double active, int context) {
    if (active == null) {
      return null;
    }
    return 2 * active * context + attentionFlops(model, context, context) / 2;
  }

  /** 4 FLOPs per head dimension per (query, key) pair in every layer with full attention. */
  private static double attentionFlops(ModelArchitecture model, int keys, int queries) {
    if (model.kvLayers() == null || model.attentionHeads() == null || model.headDim() == null) {
      return 0;
    }
    return 4.0 * queries * keys * model.kvLayers() * model.attentionHeads() * model.headDim();
  }

  /**
   * Two all-reduces per layer under tensor parallelism (latency plus the activations over the
   * link), one hop per extra pipeline stage.
   */
  private static double communication(
      ModelArchitecture model, ChipSpec chip, Layout layout, int batch, EngineConstants constants) {
    double seconds = (layout.pipelineStages() - 1) * constants.allReduceLatencyMicros() / 1e6;
    if (layout.tensorParallel() == 1 || model.layers() == null) {
      return seconds;
    }
    double link = chip.scaleUpGBps() != null ? chip.scaleUpGBps() : constants.pcieGBps();
    double hidden = model.hiddenSize() == null ? 0 : model.hiddenSize();
    double perAllReduce =
        constants.allReduceLatencyMicros() / 1e6 + batch * hidden * 2 / (link * GIGA);
    return seconds + 2.0 * model.layers() * perAllReduce;
  }
}
