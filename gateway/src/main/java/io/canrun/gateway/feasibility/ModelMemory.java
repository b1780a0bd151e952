package io.canrun.gateway.feasibility;

/**
 * A model's memory arithmetic: weights per format, KV cache per token by attention kind, and the
 * fixed per-sequence state. Methods return null when the architecture does not say enough.
 */
final class ModelMemory {

  static final double BILLION = 1e9;

  private final ModelArchitecture model;

  ModelMemory(ModelArchitecture model) {
    this.model = model;
  }

  boolean isMoe() {
    return Boolean.TRUE.equals(model.moe())
        && model.experts() != null
        && model.expertsPerToken() != null
        && model.activeParamsB() != null
        && model.experts() > model.expertsPerToken();
  }

  /**
   * Parameters in one routed expert (across all layers). MoE totals and active counts are
   * published, expert sizes rarely are: total = shared + E·e and active = shared + k·e give e =
   * (total − active) / (E − k). For gpt-oss-120b this yields 0.90 B per expert and 1.5 B shared.
   */
  double paramsPerExpert() {
    return (model.totalParamsB() - model.activeParamsB())
        * BILLION
        / (model.experts() - model.expertsPerToken());
  }

  /** Parameters every token reads: attention, embeddings, dense layers and shared experts. */
  double sharedParams() {
    return model.totalParamsB() * BILLION - model.experts() * paramsPerExpert();
  }

  /** Bytes of all weights (MoE: every expert, not only the active ones). */
  Double weightBytes(WeightFormat format) {
    if (model.totalParamsB() == null) {
      return null;
    }
    if (!isMoe()) {
      return bytes(model.totalParamsB() * BILLION, 0, format);
    }
    return bytes(sharedParams(), model.experts() * paramsPerExpert(), format);
  }

  /**
   * Bytes read from weights per decode step at batch {@code batch}: shared weights plus the
   * distinct experts the batch touches, E·(1 − (1 − k/E)^B) for uniform routing (k at batch 1, all
   * E at large batch). Dense models read everything.
   */
  Double weightBytesPerStep(WeightFormat format, int batch) {
    if (!isMoe()) {
      return weightBytes(format);
    }
    double experts = model.experts();
    double touched = experts * (1 - Math.pow(1 - model.expertsPerToken() / experts, batch));
    return bytes(sharedParams(), touched * paramsPerExpert(), format);
  }

  /** MXFP4 quantizes only the experts; everything else stays BF16. */
  private static double bytes(double sharedParams, double expertParams, WeightFormat format) {
    double sharedBytes =
        format == WeightFormat.MXFP4 ? WeightFormat.BF16.bytesPerParam() : format.bytesPerParam();
    return sharedParams * sharedBytes + expertParams * format.bytesPerParam();
  }

  /** Active parameters per token (MoE) or all (dense). */
  Double activeParams() {
    if (model.activeParamsB() != null) {
      return model.activeParamsB() * BILLION;
    }
    return Boolean.TRUE.equals(model.moe()) || model.totalParamsB() == null
        ? null
        : model.totalParamsB() * BILLION;
  }

  /**
   * KV-cache bytes that grow with each token, for the whole model: K and V per KV head in every
   * layer that keeps a full cache, or the compressed latent for MLA.
   */
  Double kvBytesPerToken(double bytesPerElement) {
    AttentionKind kind = model.attentionKind();
    if (kind == null || model.kvLayers() == null) {
      return null;
    }
    if (kind == AttentionKind.MLA) {
      if (model.kvLoraRank() == null || model.qkRopeHeadDim() == null) {
        return null;
      }
      return (double) model.kvLayers()
          * (model.kvLoraRank() + model.qkRopeHeadDim())
          * bytesPerElement;
    }
    if (model.kvHeads() == null || model.headDim() == null) {
      return null;
    }
    return 2.0 * model.kvLayers() * model.kvHeads() * model.headDim() * bytesPerElement;
  }

  /**
   * Bytes per sequence that do not grow with context: sliding-window layers' capped cache and
   * linear-attention state. Zero when the model has neither; null when it has but sizes are
   * unknown.
   */
  Double fixedBytesPerSequence(double bytesPerElement, int contextTokens) {
    AttentionKind kind = model.attentionKind();
    if (kind == AttentionKind.SLIDING_WINDOW) {
      if (model.layers() == null
          || model.kvLayers() == null
          || model.slidingWindow() == null
          || model.kvHeads() == null
          || model.headDim() == null) {
        return null;
      }
      int windowLayers = model.layers() - model.kvLayers();
      int windowTokens = Math.min(contextTokens, model.slidingWindow());
      return 2.0
          * windowLayers
          * model.kvHeads()
          * model.headDim()
          * bytesPerElement
          * windowTokens;
    }
    if (kind == AttentionKind.HYBRID_LINEAR) {
      return model.recurrentStateBytesPerSequence() == null
          ? null
          : model.recurrentStateBytesPerSequence().doubleValue();
    }
    return 0.0;
  }

  /** How many ways tensor parallelism splits the growing KV cache (MLA's latent is replicated). */
  int kvShards(int tensorParallel) {
    if (model.attentionKind() == AttentionKind.MLA || model.kvHeads() == null) {
      return 1;
    }
    return Math.min(tensorParallel, model.kvHeads());
  }
}
