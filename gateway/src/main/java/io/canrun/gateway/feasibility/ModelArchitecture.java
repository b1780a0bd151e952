package io.canrun.gateway.feasibility;

/**
 * What the engine needs to know about a model, as its config.json states it. Any field may be null
 * when unpublished; the engine then says what it cannot estimate instead of guessing.
 *
 * @param totalParamsB parameters in billions, recounted from the config (MTP modules excluded)
 * @param activeParamsB parameters a token passes through, as published (used only when the shape is
 *     too incomplete to count them)
 * @param intermediateSize width of the dense feed-forward layers
 * @param moe the mixture-of-experts shape, or null for a dense model
 * @param fp8BlockSize the block edge of the model's FP8 checkpoint when it is block-quantized (128
 *     for DeepSeek-V3, Qwen3 FP8); null for per-tensor FP8 or none
 * @param fp8AttentionBf16 true when the FP8 checkpoint keeps attention in BF16 (Meta's 405B)
 */
public record ModelArchitecture(
    String slug,
    String name,
    Double totalParamsB,
    Double activeParamsB,
    Integer layers,
    Integer hiddenSize,
    Integer vocabSize,
    Boolean tiedEmbeddings,
    Integer intermediateSize,
    Attention attention,
    Moe moe,
    Context context,
    WeightFormat nativeFormat,
    Integer fp8BlockSize,
    Boolean fp8AttentionBf16) {

  /** Whether the model routes tokens to experts. */
  public boolean isMoe() {
    return moe != null;
  }

  /** A name for messages. */
  public String label() {
    return name != null ? name : slug;
  }

  /**
   * How the model attends and what it caches.
   *
   * @param kvLayers layers that keep a growing KV cache (all layers for GQA and MLA, the full
   *     layers of hybrid and sliding-window models)
   * @param slidingWindow tokens a window layer attends to
   * @param recurrentStateBytesPerSequence fixed state per sequence of all linear-attention layers
   */
  public record Attention(
      AttentionKind kind,
      Integer heads,
      Integer kvHeads,
      Integer headDim,
      Integer kvLayers,
      Integer slidingWindow,
      Mla mla,
      LinearAttention linear,
      Long recurrentStateBytesPerSequence) {}

  /** Multi-head latent attention dimensions (DeepSeek-V3, Kimi K2). */
  public record Mla(
      Integer qLoraRank,
      Integer kvLoraRank,
      Integer qkNopeHeadDim,
      Integer qkRopeHeadDim,
      Integer vHeadDim) {}

  /** Linear-attention (Gated DeltaNet) heads of hybrid models. */
  public record LinearAttention(
      Integer keyHeads, Integer valueHeads, Integer keyHeadDim, Integer valueHeadDim) {}

  /**
   * The mixture-of-experts shape.
   *
   * @param expertIntermediateSize width of one routed expert (moe_intermediate_size)
   * @param sharedIntermediateSize total width of the shared experts, or null/0 for none
   * @param denseLayers leading layers with a dense feed-forward instead of experts
   */
  public record Moe(
      Integer experts,
      Integer expertsPerToken,
      Integer expertIntermediateSize,
      Integer sharedIntermediateSize,
      Integer denseLayers) {}

  /**
   * Context limits.
   *
   * @param nativeTokens the longest context the released config serves
   * @param extendedTokens the longest the vendor documents with rope scaling (YaRN), or null
   */
  public record Context(Integer nativeTokens, Integer extendedTokens) {}
}
