package io.canrun.catalog.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.canrun.catalog.model.AiModel;
import io.canrun.catalog.model.Architecture;
import io.canrun.catalog.model.AttentionKind;
import io.canrun.catalog.model.PartialDate;
import io.canrun.catalog.model.SourceRef;
import io.canrun.catalog.model.WeightFormat;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A model's architecture as clients read and write it; unknown figures are null. */
@RegisterForReflection
@Schema(name = "Model")
public record ModelData(
    @NotNull
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        @Schema(example = "qwen3.5-397b-a17b")
        String slug,
    @NotBlank @Size(max = 200) @Schema(example = "Qwen3.5-397B-A17B") String name,
    @NotBlank @Size(max = 200) @Schema(example = "Alibaba Qwen") String organisation,
    @Pattern(regexp = PartialDate.PATTERN, message = PartialDate.MESSAGE)
        @Schema(example = "2026-02-16")
        String released,
    @PositiveOrZero @DecimalMax("100000") @Schema(example = "397") Double totalParamsB,
    @PositiveOrZero @DecimalMax("100000") @Schema(example = "17") Double activeParamsB,
    Architecture architecture,
    @Min(1) @Max(100_000) Integer experts,
    @Min(1) @Max(100_000) Integer expertsPerToken,
    @Min(0) @Max(100_000) Integer sharedExperts,
    @Min(1) @Max(10_000) Integer layers,
    @Min(1) @Max(1_000_000) Integer hiddenSize,
    @Min(1) @Max(100_000) Integer attentionHeads,
    @Min(1) @Max(100_000) Integer kvHeads,
    @Min(1) @Max(100_000) Integer headDim,
    AttentionKind attentionKind,
    @Min(0) @Max(10_000) @Schema(description = "Layers that keep a growing KV cache")
        Integer kvLayers,
    @Min(1) @Max(1_000_000) Integer kvLoraRank,
    @Min(1) @Max(1_000_000) Integer qkRopeHeadDim,
    @Min(1) @Max(100_000_000) Integer slidingWindow,
    @PositiveOrZero @Max(1_000_000_000_000L) Long recurrentStateBytesPerSequence,
    @Min(1) @Max(1_000_000_000) Integer maxContext,
    @Min(1) @Max(100_000_000) Integer vocabSize,
    WeightFormat nativePrecision,
    Boolean openWeights,
    @Size(max = 200) String licence,
    @PositiveOrZero @DecimalMax("1e35") Double trainingComputeFlop,
    @Min(1)
        @Max(1_000_000_000)
        @Schema(description = "Longest context with the vendor's documented rope scaling (YaRN)")
        Integer extendedContext,
    @Min(1) @Max(10_000_000) @Schema(description = "Dense feed-forward width")
        Integer intermediateSize,
    @Min(1) @Max(10_000_000) @Schema(description = "Width of one routed expert")
        Integer moeIntermediateSize,
    @Min(0) @Max(10_000_000) @Schema(description = "Total width of the shared experts")
        Integer sharedExpertIntermediateSize,
    @Min(0) @Max(10_000) @Schema(description = "Leading layers with a dense feed-forward")
        Integer denseLayers,
    @Min(1) @Max(1_000_000) Integer qLoraRank,
    @Min(1) @Max(1_000_000) Integer qkNopeHeadDim,
    @Min(1) @Max(1_000_000) Integer vHeadDim,
    Boolean tiedEmbeddings,
    @Min(1) @Max(100_000) Integer linearKeyHeads,
    @Min(1) @Max(100_000) Integer linearValueHeads,
    @Min(1) @Max(1_000_000) Integer linearKeyHeadDim,
    @Min(1) @Max(1_000_000) Integer linearValueHeadDim,
    @Min(1)
        @Max(1_000_000)
        @Schema(description = "Block edge of the official FP8 checkpoint when block-quantized")
        Integer fp8BlockSize,
    @Schema(description = "Whether the official FP8 checkpoint keeps attention in BF16")
        Boolean fp8AttentionBf16,
    @Size(max = 10000) String notes,
    @Size(max = 50) List<@Valid @NotNull SourceRef> sources,
    @Schema(readOnly = true) Long version) {

  /** A documented extension can only reach further than the native context. */
  @JsonIgnore
  @Schema(hidden = true)
  @AssertTrue(message = "extendedContext must not be below maxContext")
  public boolean isExtendedContextBeyondNative() {
    return extendedContext == null || maxContext == null || extendedContext >= maxContext;
  }

  void applyTo(AiModel model) {
    model.slug = slug;
    model.name = name;
    model.organisation = organisation;
    model.released = released;
    model.totalParamsB = totalParamsB;
    model.activeParamsB = activeParamsB;
    model.architecture = architecture;
    model.experts = experts;
    model.expertsPerToken = expertsPerToken;
    model.sharedExperts = sharedExperts;
    model.layers = layers;
    model.hiddenSize = hiddenSize;
    model.attentionHeads = attentionHeads;
    model.kvHeads = kvHeads;
    model.headDim = headDim;
    model.attentionKind = attentionKind;
    model.kvLayers = kvLayers;
    model.kvLoraRank = kvLoraRank;
    model.qkRopeHeadDim = qkRopeHeadDim;
    model.slidingWindow = slidingWindow;
    model.recurrentStateBytesPerSequence = recurrentStateBytesPerSequence;
    model.maxContext = maxContext;
    model.vocabSize = vocabSize;
    model.nativePrecision = nativePrecision;
    model.openWeights = openWeights;
    model.licence = licence;
    model.trainingComputeFlop = trainingComputeFlop;
    model.extendedContext = extendedContext;
    model.intermediateSize = intermediateSize;
    model.moeIntermediateSize = moeIntermediateSize;
    model.sharedExpertIntermediateSize = sharedExpertIntermediateSize;
    model.denseLayers = denseLayers;
    model.qLoraRank = qLoraRank;
    model.qkNopeHeadDim = qkNopeHeadDim;
    model.vHeadDim = vHeadDim;
    model.tiedEmbeddings = tiedEmbeddings;
    model.linearKeyHeads = linearKeyHeads;
    model.linearValueHeads = linearValueHeads;
    model.linearKeyHeadDim = linearKeyHeadDim;
    model.linearValueHeadDim = linearValueHeadDim;
    model.fp8BlockSize = fp8BlockSize;
    model.fp8AttentionBf16 = fp8AttentionBf16;
    model.notes = notes;
    model.sources = sources == null ? new ArrayList<>() : new ArrayList<>(sources);
  }

  static ModelData of(AiModel model) {
    return new ModelData(
        model.slug,
        model.name,
        model.organisation,
        model.released,
        model.totalParamsB,
        model.activeParamsB,
        model.architecture,
        model.experts,
        model.expertsPerToken,
        model.sharedExperts,
        model.layers,
        model.hiddenSize,
        model.attentionHeads,
        model.kvHeads,
        model.headDim,
        model.attentionKind,
        model.kvLayers,
        model.kvLoraRank,
        model.qkRopeHeadDim,
        model.slidingWindow,
        model.recurrentStateBytesPerSequence,
        model.maxContext,
        model.vocabSize,
        model.nativePrecision,
        model.openWeights,
        model.licence,
        model.trainingComputeFlop,
        model.extendedContext,
        model.intermediateSize,
        model.moeIntermediateSize,
        model.sharedExpertIntermediateSize,
        model.denseLayers,
        model.qLoraRank,
        model.qkNopeHeadDim,
        model.vHeadDim,
        model.tiedEmbeddings,
        model.linearKeyHeads,
        model.linearValueHeads,
        model.linearKeyHeadDim,
        model.linearValueHeadDim,
        model.fp8BlockSize,
        model.fp8AttentionBf16,
        model.notes,
        List.copyOf(model.sources),
        model.version);
  }
}
