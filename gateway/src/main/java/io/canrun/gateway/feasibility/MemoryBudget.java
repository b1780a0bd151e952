package io.canrun.gateway.feasibility;

/**
 * One engine's memory rule on one chip for one layout: what it keeps besides weights and KV cache
 * (the reserve) and the most that weights, KV cache and reserve may use together (the limit, which
 * for TensorRT-LLM depends on the weights). All figures in bytes, per chip.
 */
final class MemoryBudget {

  static final double GIB = 1024.0 * 1024 * 1024;
  private static final double MIB = 1024.0 * 1024;

  private final EngineProfile profile;
  private final double capacity;
  private final double reserve;
  private final Double fraction;

  private MemoryBudget(EngineProfile profile, double capacity, double reserve, Double fraction) {
    this.profile = profile;
    this.capacity = capacity;
    this.reserve = reserve;
    this.fraction = fraction;
  }

  /**
   * The budget of {@code profile} on a chip of {@code capacityGiB} for a replica of {@code chips}
   * chips with {@code tensorParallel}-way sharding, serving sequences of up to {@code context};
   * {@code small} selects the engine's defaults for small chips.
   */
  static MemoryBudget of(
      EngineProfile profile,
      boolean small,
      double capacityGiB,
      ModelArchitecture model,
      int tensorParallel,
      int chips,
      int context,
      EngineConstants constants) {
    double capacity = capacityGiB * GIB;
    double runtime = profile.runtimeGiB() * GIB + (chips > 1 ? profile.collectiveGiB() * GIB : 0);
    return switch (profile.budget()) {
      case TOTAL_FRACTION -> {
        double fraction = constants.orElse("memoryUtilization", profile.memoryFraction());
        double reserve =
            runtime
                + activation(profile, model, tensorParallel, tokens(profile, small, constants))
                + sampler(profile, model, sequences(profile, small, constants))
                + (profile.cudaGraphGiB() == null ? 0 : profile.cudaGraphGiB() * GIB);
        yield new MemoryBudget(profile, capacity, reserve, fraction);
      }
      case STATIC_FRACTION -> {
        double fraction =
            constants.orElse("memoryUtilization", sglangFraction(profile, capacity, chips, small));
        yield new MemoryBudget(profile, capacity, runtime, fraction);
      }
      case FREE_FRACTION -> {
        double fraction = constants.orElse("memoryUtilization", profile.memoryFraction());
        double reserve =
            runtime + activation(profile, model, tensorParallel, tokens(profile, small, constants));
        yield new MemoryBudget(profile, capacity, reserve, fraction);
      }
      case WHOLE_DEVICE -> {
        double reserve = runtime + computeBuffer(profile, model, context);
        yield new MemoryBudget(profile, capacity, reserve, null);
      }
    };
  }

  /** What the engine keeps besides weights and KV cache. */
  double reserve() {
    return reserve;
  }

  /** The most weights, KV cache and reserve may use together, given the weights per chip. */
  double limit(double weights) {
    return switch (profile.budget()) {
      case TOTAL_FRACTION -> fraction * capacity;
      case STATIC_FRACTION -> fraction * (capacity - reserve) + reserve;
      case FREE_FRACTION ->
          weights + reserve + fraction * Math.max(0, capacity - weights - reserve);
      case WHOLE_DEVICE -> capacity;
    };
  }

  /** Room for KV cache and per-sequence state once weights and reserve are placed. */
  double kvRoom(double weights) {
    return limit(weights) - weights - reserve;
  }

  /** The engine's rule, in words. */
  String rule() {
    return switch (profile.budget()) {
      case TOTAL_FRACTION ->
          profile.name()
              + ": "
              + rounded(fraction, 100)
              + " x capacity for weights, KV cache, runtime, activation peak and CUDA graphs";
      case STATIC_FRACTION ->
          profile.name()
              + ": mem_fraction_static "
              + rounded(fraction, 1000)
              + " of the memory free before loading holds weights and KV cache";
      case FREE_FRACTION ->
          profile.name()
              + ": KV cache gets "
              + rounded(fraction, 100)
              + " of the memory left after weights and activations";
      case WHOLE_DEVICE ->
          profile.name() + ": weights, KV cache for every slot and compute buffer in the device";
    };
  }

  private static String rounded(double value, int scale) {
    return String.valueOf(Math.round(value * scale) / (double) scale);
  }

  /** Tokens of the activation-profiling forward pass (max_num_batched_tokens). */
  private static int tokens(EngineProfile profile, boolean small, EngineConstants constants) {
    Integer configured = small ? profile.maxBatchedTokensSmallChip() : profile.maxBatchedTokens();
    if (configured == null) {
      configured = profile.maxBatchedTokens();
    }
    Double override = constants.override("maxBatchedTokens");
    return override != null ? override.intValue() : configured == null ? 0 : configured;
  }

  /** The engine's largest batch of sequences (max_num_seqs / max_batch_size), or null. */
  static Integer sequences(EngineProfile profile, boolean small, EngineConstants constants) {
    Double override = constants.override("maxSequences");
    if (override != null) {
      return override.intValue();
    }
    Integer configured = small ? profile.maxSequencesSmallChip() : profile.maxSequences();
    return configured != null ? configured : profile.maxSequences();
  }

  /** Activation peak of one forward pass over {@code tokens} tokens, per chip. */
  private static double activation(
      EngineProfile profile, ModelArchitecture model, int tensorParallel, int tokens) {
    if (profile.activationFfnFactor() == null || model.hiddenSize() == null) {
      return 0;
    }
    double ffn = model.intermediateSize() == null ? 0 : model.intermediateSize();
    ModelArchitecture.Moe moe = model.moe();
    if (moe != null && moe.expertIntermediateSize() != null && moe.expertsPerToken() != null) {
      ffn = Math.max(ffn, (double) moe.expertIntermediateSize() * moe.expertsPerToken());
    }
    double perToken =
        2.0
            * (profile.activationFfnFactor() * ffn / tensorParallel
                + profile.activationHiddenFactor() * model.hiddenSize());
    return perToken * tokens;
  }

  /** FP32 logits and probabilities of the sampler warm-up over the largest batch. */
  private static double sampler(EngineProfile profile, ModelArchitecture model, Integer sequences) {
    if (profile.samplerCopies() == null || sequences == null || model.vocabSize() == null) {
      return 0;
    }
    return (double) sequences * model.vocabSize() * 4 * profile.samplerCopies();
  }

  /** llama.cpp: logits and the attention scores of one micro-batch against the whole context. */
  private static double computeBuffer(EngineProfile profile, ModelArchitecture model, int context) {
    if (profile.microBatch() == null || model.vocabSize() == null) {
      return 0;
    }
    ModelArchitecture.Attention attention = model.attention();
    int heads = attention == null || attention.heads() == null ? 0 : attention.heads();
    return profile.microBatch() * 4.0 * (model.vocabSize() + 2.0 * context * heads);
  }

  /** SGLang's default mem_fraction_static for this chip and replica size. */
  private static double sglangFraction(
      EngineProfile profile, double capacity, int chips, boolean small) {
    EngineProfile.SglangReserve r = profile.sglangReserve();
    int chunk = small ? r.chunkedPrefillSmallChip() : r.chunkedPrefill();
    int graphBatch = small ? r.cudaGraphBatchSmallChip() : r.cudaGraphBatch();
    double reservedMiB =
        r.baseMiB()
            + r.perPrefillTokenMiB() * Math.max(chunk, 2048)
            + r.perGraphBatchMiB() * graphBatch
            + r.perChipMiB() * chips;
    if (capacity > r.floorAboveGiB() * GIB) {
      reservedMiB = Math.max(reservedMiB, r.floorGiB() * 1024);
    }
    return Math.max(0.05, (capacity - reservedMiB * MIB) / capacity);
  }
}
