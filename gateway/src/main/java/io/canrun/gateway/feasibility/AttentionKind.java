package io.canrun.gateway.feasibility;

/** How a model's attention keeps per-token state, which decides the KV-cache formula. */
public enum AttentionKind {
  /** Grouped-query (or multi-head) attention: K and V per KV head per layer. */
  GQA,
  /** Multi-head latent attention: one compressed latent plus a RoPE key per layer. */
  MLA,
  /** Linear-attention layers with a fixed state; only some layers keep a growing KV cache. */
  HYBRID_LINEAR,
  /** Some layers attend only to a fixed window of recent tokens. */
  SLIDING_WINDOW
}
