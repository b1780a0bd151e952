package io.canrun.gateway.feasibility;

/** Groups of weights that checkpoints store in different formats. */
enum TensorClass {
  /** The token table; decode reads one row per token. */
  EMBEDDING,
  /** The output projection (absent when tied to the embedding). */
  LM_HEAD,
  /** Query/key/value/output, MLA and linear-attention projections. */
  ATTENTION,
  /** Dense feed-forward layers and shared experts. */
  MLP,
  /** Routed mixture-of-experts weights. */
  EXPERTS,
  /** MoE routers and norm weights, which no format quantizes. */
  ROUTERS_AND_NORMS
}
