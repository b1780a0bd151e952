package io.canrun.gateway.feasibility;

/**
 * A model's parameters by tensor class, counted from its config shape: embeddings from the
 * vocabulary, attention from the head layout, each routed expert from moe_intermediate_size (never
 * back-solved from published totals), routers and norms from the hidden size. The published
 * (recounted) total is kept, and the remainder is the dense FFN and shared experts.
 *
 * @param expertPerLayer parameters of one routed expert in one layer (gate, up and down)
 * @param moeLayers layers with routed experts
 * @param expertsKnown false when the model is MoE but its expert shape is unpublished; decode then
 *     reads the published active count instead
 */
record ParameterCounts(
    double embedding,
    double lmHead,
    double attention,
    double mlp,
    double routersAndNorms,
    double expertPerLayer,
    int moeLayers,
    int expertCount,
    int expertsPerToken,
    boolean expertsKnown,
    Double publishedActive) {

  static final double BILLION = 1e9;

  /** Parameters of all routed experts in all layers. */
  double expertParams() {
    return expertPerLayer * moeLayers * expertCount;
  }

  double total() {
    return embedding + lmHead + attention + mlp + routersAndNorms + expertParams();
  }

  /** Parameters one token's forward pass multiplies by (the embedding lookup is not a matmul). */
  double active() {
    if (!expertsKnown && publishedActive != null) {
      return publishedActive * BILLION;
    }
    return outputProjection()
        + attention
        + mlp
        + routersAndNorms
        + expertsPerToken * expertPerLayer * moeLayers;
  }

  /** The output projection: lm_head, or the embedding table itself when tied. */
  double outputProjection() {
    return lmHead > 0 ? lmHead : embedding;
  }

  /**
   * Counts for {@code model}, or null when neither a total nor a complete shape is published.
   * Attention and expert counts are exact from the config; the rest is the published total minus
   * them (or, without a total, the dense FFN, shared experts and routers counted from the shape).
   */
  static ParameterCounts of(ModelArchitecture model) {
    Integer hidden = model.hiddenSize();
    Integer layers = model.layers();
    double embedding = 0;
    double lmHead = 0;
    if (hidden != null && model.vocabSize() != null) {
      embedding = (double) model.vocabSize() * hidden;
      lmHead = Boolean.TRUE.equals(model.tiedEmbeddings()) ? 0 : embedding;
    }
    Double attention = attention(model);
    ModelArchitecture.Moe moe = model.moe();
    boolean expertsKnown = moe == null || expertShapeKnown(model);
    double expertPerLayer = 0;
    int moeLayers = 0;
    int experts = 0;
    int perToken = 0;
    if (moe != null && expertsKnown) {
      expertPerLayer = 3.0 * hidden * moe.expertIntermediateSize();
      moeLayers = layers - (moe.denseLayers() == null ? 0 : moe.denseLayers());
      experts = moe.experts();
      perToken = moe.expertsPerToken();
    }
    double expertTotal = expertPerLayer * moeLayers * experts;
    double small = routersAndNorms(model, moeLayers, experts);
    double counted = embedding + lmHead + (attention == null ? 0 : attention) + expertTotal + small;
    double mlp;
    if (model.totalParamsB() != null) {
      mlp = model.totalParamsB() * BILLION - counted;
      if (mlp < 0) {
        // The shape says more than the published total: trust the shape, keep nothing else.
        mlp = 0;
      }
    } else {
      Double shaped = denseAndShared(model, moeLayers);
      if (shaped == null || attention == null || hidden == null) {
        return null;
      }
      mlp = shaped;
    }
    if (!expertsKnown && model.activeParamsB() == null) {
      return null;
    }
    return new ParameterCounts(
        embedding,
        lmHead,
        attention == null ? 0 : attention,
        mlp,
        small,
        expertPerLayer,
        moeLayers,
        experts,
        perToken,
        expertsKnown,
        model.activeParamsB());
  }

  private static boolean expertShapeKnown(ModelArchitecture model) {
    ModelArchitecture.Moe moe = model.moe();
    return moe.experts() != null
        && moe.expertsPerToken() != null
        && moe.expertIntermediateSize() != null
        && model.hiddenSize() != null
        && model.layers() != null;
  }

  /** Dense FFN layers and shared experts, when the config names their widths. */
  private static Double denseAndShared(ModelArchitecture model, int moeLayers) {
    Integer hidden = model.hiddenSize();
    Integer layers = model.layers();
    if (hidden == null || layers == null) {
      return null;
    }
    ModelArchitecture.Moe moe = model.moe();
    int denseLayers = moe == null ? layers : (moe.denseLayers() == null ? 0 : moe.denseLayers());
    double total = 0;
    if (denseLayers > 0) {
      if (model.intermediateSize() == null) {
        return null;
      }
      total += 3.0 * hidden * model.intermediateSize() * denseLayers;
    }
    if (moe != null) {
      if (moe.sharedIntermediateSize() != null) {
        total += 3.0 * hidden * moe.sharedIntermediateSize() * moeLayers;
      }
    }
    return total;
  }

  /** Router weights (hidden x experts per MoE layer) and RMS-norm weights (two per layer). */
  private static double routersAndNorms(ModelArchitecture model, int moeLayers, int experts) {
    if (model.hiddenSize() == null || model.layers() == null) {
      return 0;
    }
    double hidden = model.hiddenSize();
    return hidden * experts * moeLayers + hidden * (2.0 * model.layers() + 1);
  }

  /** Attention weights of every layer, or null when the config does not give the head layout. */
  private static Double attention(ModelArchitecture model) {
    ModelArchitecture.Attention a = model.attention();
    Integer hidden = model.hiddenSize();
    Integer layers = model.layers();
    if (a == null || a.kind() == null || hidden == null || layers == null) {
      return null;
    }
    if (a.kind() == AttentionKind.MLA) {
      Double perLayer = mlaPerLayer(a, hidden);
      return perLayer == null ? null : perLayer * layers;
    }
    Double full = gqaPerLayer(a, hidden);
    if (full == null) {
      return null;
    }
    if (a.kind() != AttentionKind.HYBRID_LINEAR) {
      return full * layers;
    }
    if (a.kvLayers() == null || a.linear() == null) {
      return null;
    }
    Double linear = linearPerLayer(a.linear(), hidden);
    return linear == null ? null : full * a.kvLayers() + linear * (layers - a.kvLayers());
  }

  /** q and o over all heads, k and v over the KV heads. */
  private static Double gqaPerLayer(ModelArchitecture.Attention a, int hidden) {
    if (a.heads() == null || a.kvHeads() == null || a.headDim() == null) {
      return null;
    }
    return (double) hidden * a.headDim() * (2.0 * a.heads() + 2.0 * a.kvHeads());
  }

  /** Low-rank query, the shared KV latent with its decompression, and the output projection. */
  private static Double mlaPerLayer(ModelArchitecture.Attention a, int hidden) {
    ModelArchitecture.Mla m = a.mla();
    if (m == null
        || a.heads() == null
        || m.kvLoraRank() == null
        || m.qkNopeHeadDim() == null
        || m.qkRopeHeadDim() == null
        || m.vHeadDim() == null) {
      return null;
    }
    double qk = (double) a.heads() * (m.qkNopeHeadDim() + m.qkRopeHeadDim());
    double query = m.qLoraRank() == null ? hidden * qk : (double) m.qLoraRank() * (hidden + qk);
    double latent = (double) hidden * (m.kvLoraRank() + m.qkRopeHeadDim());
    double decompress = (double) m.kvLoraRank() * a.heads() * (m.qkNopeHeadDim() + m.vHeadDim());
    double output = (double) a.heads() * m.vHeadDim() * hidden;
    return query + latent + decompress + output;
  }

  /** Gated DeltaNet: fused q/k/v/z and beta/alpha input projections plus the output projection. */
  private static Double linearPerLayer(ModelArchitecture.LinearAttention l, int hidden) {
    if (l.keyHeads() == null
        || l.valueHeads() == null
        || l.keyHeadDim() == null
        || l.valueHeadDim() == null) {
      return null;
    }
    double keys = (double) l.keyHeads() * l.keyHeadDim();
    double values = (double) l.valueHeads() * l.valueHeadDim();
    return hidden * (2 * keys + 2 * values) + 2.0 * hidden * l.valueHeads() + values * hidden;
  }
}
