package io.canrun.gateway.feasibility;

import java.util.Map;

/**
 * Memory per chip for one replica layout: weights (embeddings and lm_head on the end stages,
 * attention replicated under attention data parallelism, the rest sharded), KV cache per sequence
 * (GQA split by KV head up to the KV-head count and replicated beyond it; MLA's latent replicated
 * unless attention is data-parallel), window caches and linear-attention state; and how many
 * sequences the engine's budget leaves room for.
 */
final class MemoryPlan {

  private final Layout layout;
  private final MemoryBudget budget;
  private final double weights;
  private final double statePerSequence;
  private final double kvPerToken;

  /**
   * @param kvBytesPerToken whole-model KV bytes per token
   * @param windowPerSequence whole-model sliding-window cache per sequence
   * @param recurrentPerSequence whole-model linear-attention state per sequence
   */
  MemoryPlan(
      Layout layout,
      MemoryBudget budget,
      ModelBytes bytes,
      double kvBytesPerToken,
      double windowPerSequence,
      double recurrentPerSequence) {
    this.layout = layout;
    this.budget = budget;
    int tp = layout.tensorParallel();
    int pp = layout.pipelineStages();
    this.weights = weightsPerChip(bytes.weightBytes(), layout);
    int kvShards = layout.attentionDataParallel() ? 1 : bytes.kvShards(tp);
    this.kvPerToken = kvBytesPerToken / (kvShards * (double) pp);
    this.statePerSequence =
        windowPerSequence / (kvShards * (double) pp)
            + recurrentPerSequence / (bytes.stateShards(tp) * (double) pp);
  }

  private static double weightsPerChip(Map<TensorClass, Double> w, Layout layout) {
    int tp = layout.tensorParallel();
    int pp = layout.pipelineStages();
    double attention =
        layout.attentionDataParallel()
            ? w.get(TensorClass.ATTENTION) / pp
            : w.get(TensorClass.ATTENTION) / (tp * (double) pp);
    double sharded =
        w.get(TensorClass.MLP) + w.get(TensorClass.EXPERTS) + w.get(TensorClass.ROUTERS_AND_NORMS);
    double blocks = attention + sharded / (tp * pp);
    double ends =
        pp == 1
            ? (w.get(TensorClass.EMBEDDING) + w.get(TensorClass.LM_HEAD)) / tp
            : Math.max(w.get(TensorClass.EMBEDDING), w.get(TensorClass.LM_HEAD)) / tp;
    return blocks + ends;
  }

  Layout layout() {
    return layout;
  }

  MemoryBudget budget() {
    return budget;
  }

  double weights() {
    return weights;
  }

  double reserve() {
    return budget.reserve();
  }

  double limit() {
    return budget.limit(weights);
  }

  /** Sequences each chip holds when the replica serves {@code sequences}. */
  double sequencesPerChip(int sequences) {
    return layout.attentionDataParallel()
        ? Math.ceil(sequences / (double) layout.tensorParallel())
        : sequences;
  }

  /** KV cache of {@code sequences} sequences of {@code tokens} tokens each. */
  double kv(int sequences, int tokens) {
    return kvPerToken * tokens * sequencesPerChip(sequences);
  }

  double state(int sequences) {
    return statePerSequence * sequencesPerChip(sequences);
  }

  double total(int sequences, int tokens) {
    return weights + reserve() + kv(sequences, tokens) + state(sequences);
  }

  /**
   * Whether one sequence of the full {@code context} fits (engines refuse to start otherwise) and
   * {@code sequences} sequences of {@code tokens} fit at once, on every chip.
   */
  boolean fits(int sequences, int tokens, int context) {
    return budget.kvRoom(weights) >= 0
        && total(1, context) <= limit()
        && total(sequences, tokens) <= limit();
  }

  /** The most sequences of {@code tokens} tokens the room holds (0 when not one). */
  int maxSequences(int tokens) {
    double room = budget.kvRoom(weights);
    double perSequence = kvPerToken * tokens + statePerSequence;
    if (room <= 0) {
      return 0;
    }
    if (perSequence <= 0) {
      return Integer.MAX_VALUE;
    }
    double perChip = Math.floor(room / perSequence);
    double perReplica =
        layout.attentionDataParallel() ? perChip * layout.tensorParallel() : perChip;
    return (int) Math.min(Integer.MAX_VALUE, perReplica);
  }

  /** Tokens of KV cache the room holds per replica (state not counted). */
  long kvCapacityTokens() {
    double room = Math.max(0, budget.kvRoom(weights));
    if (kvPerToken <= 0) {
      return 0;
    }
    double perChip = Math.floor(room / kvPerToken);
    return (long) (layout.attentionDataParallel() ? perChip * layout.tensorParallel() : perChip);
  }
}
