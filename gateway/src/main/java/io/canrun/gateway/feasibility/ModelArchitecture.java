package io.canrun.gateway.feasibility;

/**
 * What the engine needs to know about a model. Any field may be null when unpublished; the engine
 * then says what it cannot estimate instead of guessing.
 *
 * @param kvLayers layers that keep a growing KV cache (all layers for GQA and MLA)
 * @param recurrentStateBytesPerSequence fixed state per sequence of linear-attention layers
 */
public record ModelArchitecture(
    String slug,
    String name,
    Double totalParamsB,
    Double activeParamsB,
    Boolean moe,
    Integer experts,
    Integer expertsPerToken,
    Integer layers,
    Integer hiddenSize,
    Integer attentionHeads,
    Integer kvHeads,
    Integer headDim,
    AttentionKind attentionKind,
    Integer kvLayers,
    Integer kvLoraRank,
    Integer qkRopeHeadDim,
    Integer slidingWindow,
    Long recurrentStateBytesPerSequence,
    Integer maxContext,
    WeightFormat nativeFormat) {}
