package io.canrun.catalog.model;

/**
 * How a model's attention keeps state: a KV cache per layer (GQA), a compressed latent (MLA), KV
 * only in some layers plus fixed recurrent state (hybrid linear), or a window on some layers.
 */
public enum AttentionKind {
  GQA,
  MLA,
  HYBRID_LINEAR,
  SLIDING_WINDOW
}
