package io.canrun.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** A model's architecture as catalog-service describes it; unknown figures are null. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogModel(
    String slug,
    String name,
    String organisation,
    String released,
    Double totalParamsB,
    Double activeParamsB,
    String architecture,
    Integer experts,
    Integer expertsPerToken,
    Integer sharedExperts,
    Integer layers,
    Integer hiddenSize,
    Integer attentionHeads,
    Integer kvHeads,
    Integer headDim,
    String attentionKind,
    Integer kvLayers,
    Integer kvLoraRank,
    Integer qkRopeHeadDim,
    Integer slidingWindow,
    Long recurrentStateBytesPerSequence,
    Integer maxContext,
    Integer vocabSize,
    String nativePrecision,
    Boolean openWeights,
    String licence,
    Double trainingComputeFlop,
    String notes,
    List<CatalogSource> sources,
    long version,
    Integer intermediateSize,
    Integer moeIntermediateSize,
    Integer sharedExpertIntermediateSize,
    Integer denseLayers,
    Integer qLoraRank,
    Integer qkNopeHeadDim,
    Integer vHeadDim,
    Boolean tiedEmbeddings,
    Integer linearKeyHeads,
    Integer linearValueHeads,
    Integer linearKeyHeadDim,
    Integer linearValueHeadDim,
    Integer extendedContext,
    Integer fp8BlockSize,
    Boolean fp8AttentionBf16) {}
