package io.canrun.gateway.feasibility;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A model's bytes in one weight format and one KV-cache format: weights by tensor class, bytes a
 * decode step reads, KV cache per token, and the per-sequence state that does not grow.
 */
final class ModelBytes {

  private final ModelArchitecture model;
  private final ParameterCounts counts;
  private final WeightFormat weights;
  private final double kvElementBytes;

  /** All weights by tensor class, fixed by the formats; read for every layout a search tries. */
  private final Map<TensorClass, Double> weightBytes;

  ModelBytes(
      ModelArchitecture model, ParameterCounts counts, WeightFormat weights, double kvElement) {
    this.model = model;
    this.counts = counts;
    this.weights = weights;
    this.kvElementBytes = kvElement;
    this.weightBytes = weightBytesByTensor();
  }

  ParameterCounts counts() {
    return counts;
  }

  /** Bytes per parameter of one tensor class; FP8 attention stays BF16 where the model says so. */
  double bytesPerParam(TensorClass tensor) {
    if (tensor == TensorClass.ATTENTION
        && weights == WeightFormat.FP8
        && Boolean.TRUE.equals(model.fp8AttentionBf16())) {
      return WeightFormat.BF16.spec().bytesPerParam(tensor);
    }
    return weights.spec().bytesPerParam(tensor);
  }

  /** All weights by tensor class (MoE: every expert, not only the active ones). */
  Map<TensorClass, Double> weightBytes() {
    return weightBytes;
  }

  private Map<TensorClass, Double> weightBytesByTensor() {
    Map<TensorClass, Double> bytes = new EnumMap<>(TensorClass.class);
    bytes.put(TensorClass.EMBEDDING, counts.embedding() * bytesPerParam(TensorClass.EMBEDDING));
    bytes.put(TensorClass.LM_HEAD, counts.lmHead() * bytesPerParam(TensorClass.LM_HEAD));
    bytes.put(TensorClass.ATTENTION, counts.attention() * bytesPerParam(TensorClass.ATTENTION));
    bytes.put(TensorClass.MLP, counts.mlp() * bytesPerParam(TensorClass.MLP));
    bytes.put(TensorClass.EXPERTS, counts.expertParams() * bytesPerParam(TensorClass.EXPERTS));
    bytes.put(
        TensorClass.ROUTERS_AND_NORMS,
        counts.routersAndNorms() * bytesPerParam(TensorClass.ROUTERS_AND_NORMS));
    return Collections.unmodifiableMap(bytes);
  }

  double totalWeightBytes() {
    return weightBytes().values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /**
   * Expert bytes a decode step reads at batch {@code tokens}: the distinct experts the batch
   * touches, E·(1 − (1 − k/E)^B) per layer for uniform routing — k at batch 1, all E at large batch
   * (feasibility-methods.md 4.5).
   */
  double expertBytesRead(double tokens) {
    if (counts.expertCount() == 0) {
      return 0;
    }
    double experts = counts.expertCount();
    double touched = experts * (1 - Math.pow(1 - counts.expertsPerToken() / experts, tokens));
    return touched
        * counts.expertPerLayer()
        * counts.moeLayers()
        * bytesPerParam(TensorClass.EXPERTS);
  }

  /**
   * Weight bytes a decode step reads besides the experts: the output projection, attention and the
   * dense parts. The embedding table is only indexed (one row per token), not read whole. Without
   * an expert shape, the published active parameters at the MLP format stand in.
   */
  double denseBytesRead() {
    if (!counts.expertsKnown()) {
      return counts.active() * bytesPerParam(TensorClass.MLP);
    }
    return counts.outputProjection() * bytesPerParam(TensorClass.LM_HEAD)
        + counts.attention() * bytesPerParam(TensorClass.ATTENTION)
        + counts.mlp() * bytesPerParam(TensorClass.MLP)
        + counts.routersAndNorms() * bytesPerParam(TensorClass.ROUTERS_AND_NORMS);
  }

  /**
   * KV-cache bytes per token for the whole model: K and V per KV head in every layer with a full
   * cache, or MLA's compressed latent plus RoPE key. Null when the attention layout is unknown.
   */
  Double kvBytesPerToken() {
    ModelArchitecture.Attention a = model.attention();
    if (a == null || a.kind() == null || a.kvLayers() == null) {
      return null;
    }
    if (a.kind() == AttentionKind.MLA) {
      ModelArchitecture.Mla mla = a.mla();
      if (mla == null || mla.kvLoraRank() == null || mla.qkRopeHeadDim() == null) {
        return null;
      }
      return (double) a.kvLayers() * (mla.kvLoraRank() + mla.qkRopeHeadDim()) * kvElementBytes;
    }
    if (a.kvHeads() == null || a.headDim() == null) {
      return null;
    }
    return 2.0 * a.kvLayers() * a.kvHeads() * a.headDim() * kvElementBytes;
  }

  /** Sliding-window layers' cache per sequence: capped at the window. Zero without such layers. */
  Double windowBytesPerSequence(int contextTokens) {
    ModelArchitecture.Attention a = model.attention();
    if (a == null || a.kind() != AttentionKind.SLIDING_WINDOW) {
      return 0.0;
    }
    if (model.layers() == null
        || a.kvLayers() == null
        || a.slidingWindow() == null
        || a.kvHeads() == null
        || a.headDim() == null) {
      return null;
    }
    int windowLayers = model.layers() - a.kvLayers();
    return 2.0
        * windowLayers
        * a.kvHeads()
        * a.headDim()
        * kvElementBytes
        * Math.min(contextTokens, a.slidingWindow());
  }

  /** Linear-attention state per sequence (fixed size); zero for models without it. */
  Double recurrentBytesPerSequence() {
    ModelArchitecture.Attention a = model.attention();
    if (a == null || a.kind() != AttentionKind.HYBRID_LINEAR) {
      return 0.0;
    }
    return a.recurrentStateBytesPerSequence() == null
        ? null
        : a.recurrentStateBytesPerSequence().doubleValue();
  }

  /**
   * How many ways tensor parallelism splits the growing KV cache: GQA splits by KV head up to the
   * number of KV heads and replicates beyond it; MLA's latent is replicated on every rank.
   */
  int kvShards(int tensorParallel) {
    ModelArchitecture.Attention a = model.attention();
    if (a == null || a.kind() == AttentionKind.MLA || a.kvHeads() == null) {
      return 1;
    }
    return Math.max(1, Math.min(tensorParallel, a.kvHeads()));
  }

  /** How many ways tensor parallelism splits linear-attention state (by value head). */
  int stateShards(int tensorParallel) {
    ModelArchitecture.Attention a = model.attention();
    if (a == null || a.linear() == null || a.linear().valueHeads() == null) {
      return tensorParallel;
    }
    return Math.max(1, Math.min(tensorParallel, a.linear().valueHeads()));
  }
}
