package io.canrun.gateway.feasibility;

import java.util.Set;

/**
 * One serving engine's rules from {@code engines.properties}: how it budgets memory, what it keeps
 * besides weights and KV, which formats it loads and how it spreads a model over chips. Absent
 * figures are null and their rule does not apply to this engine.
 *
 * @param calibrationClass engines that share calibration when one has no row of its own
 * @param memoryFraction vLLM's gpu_memory_utilization or TRT-LLM's free-memory fraction
 * @param quantizedCheckpointKv the KV format that comes with checkpoints quantized for this engine
 *     (TensorRT-LLM's ModelOpt checkpoints: FP8), or null
 * @param quantizedCheckpointFormats the weight formats of such checkpoints
 * @param smallChipGiB below this capacity (or for chips named in {@code smallChipNames}) the engine
 *     uses its small-chip defaults
 */
record EngineProfile(
    ServingEngine engine,
    String name,
    String calibrationClass,
    BudgetRule budget,
    Double memoryFraction,
    double runtimeGiB,
    double collectiveGiB,
    Double cudaGraphGiB,
    Double activationFfnFactor,
    Double activationHiddenFactor,
    Double samplerCopies,
    Double smallChipGiB,
    Set<String> smallChipNames,
    Integer maxBatchedTokens,
    Integer maxBatchedTokensSmallChip,
    Integer maxSequences,
    Integer maxSequencesSmallChip,
    SglangReserve sglangReserve,
    Integer microBatch,
    WeightFormat kvDefault,
    WeightFormat quantizedCheckpointKv,
    Set<WeightFormat> quantizedCheckpointFormats,
    Set<WeightFormat> formats,
    Spread multiNode,
    Spread withinNode) {

  /** How the engine decides what memory the KV cache gets. */
  enum BudgetRule {
    /** A fraction of total memory for everything (vLLM). */
    TOTAL_FRACTION,
    /** A static fraction of pre-load free memory for weights and KV (SGLang). */
    STATIC_FRACTION,
    /** A fraction of the memory left after weights and activations (TensorRT-LLM). */
    FREE_FRACTION,
    /** Everything must fit in the device (llama.cpp). */
    WHOLE_DEVICE
  }

  /** How a model spreads over chips. */
  enum Spread {
    /** Tensor parallelism. */
    TENSOR,
    /** Pipeline stages of whole nodes. */
    PIPELINE,
    /** Consecutive layers per chip (llama.cpp's layer split). */
    LAYER,
    /** Not supported. */
    NONE
  }

  /** SGLang's reserve outside the static pool, in MiB, and its chip-size-dependent defaults. */
  record SglangReserve(
      double baseMiB,
      double perPrefillTokenMiB,
      double perGraphBatchMiB,
      double perChipMiB,
      double floorGiB,
      double floorAboveGiB,
      int chunkedPrefill,
      int chunkedPrefillSmallChip,
      int cudaGraphBatch,
      int cudaGraphBatchSmallChip) {}

  boolean isSmallChip(ChipSpec chip, double capacityGiB) {
    if (smallChipGiB != null && capacityGiB < smallChipGiB) {
      return true;
    }
    String name = (chip.slug() + " " + chip.name()).toLowerCase(java.util.Locale.ROOT);
    return smallChipNames.stream().anyMatch(name::contains);
  }
}
