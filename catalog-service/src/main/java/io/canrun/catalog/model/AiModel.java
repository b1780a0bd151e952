package io.canrun.catalog.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A model's published architecture; unknown fields stay null. */
@Entity
@Table(name = "ai_model")
public class AiModel extends CatalogEntity {

  @Column(nullable = false)
  public String organisation;

  public String released;

  @Column(name = "total_params_b")
  public Double totalParamsB;

  @Column(name = "active_params_b")
  public Double activeParamsB;

  @Enumerated(EnumType.STRING)
  public Architecture architecture;

  public Integer experts;

  @Column(name = "experts_per_token")
  public Integer expertsPerToken;

  @Column(name = "shared_experts")
  public Integer sharedExperts;

  public Integer layers;

  @Column(name = "hidden_size")
  public Integer hiddenSize;

  @Column(name = "attention_heads")
  public Integer attentionHeads;

  @Column(name = "kv_heads")
  public Integer kvHeads;

  @Column(name = "head_dim")
  public Integer headDim;

  @Enumerated(EnumType.STRING)
  @Column(name = "attention_kind")
  public AttentionKind attentionKind;

  /** Layers that keep a growing KV cache (every layer for GQA and MLA). */
  @Column(name = "kv_layers")
  public Integer kvLayers;

  @Column(name = "kv_lora_rank")
  public Integer kvLoraRank;

  @Column(name = "qk_rope_head_dim")
  public Integer qkRopeHeadDim;

  @Column(name = "sliding_window")
  public Integer slidingWindow;

  @Column(name = "recurrent_state_bytes_per_sequence")
  public Long recurrentStateBytesPerSequence;

  /** The longest context the released config serves (max_position_embeddings in use). */
  @Column(name = "max_context")
  public Integer maxContext;

  /** The longest context the vendor documents with rope scaling (YaRN), or null. */
  @Column(name = "extended_context")
  public Integer extendedContext;

  /** Width of the dense feed-forward layers (intermediate_size). */
  @Column(name = "intermediate_size")
  public Integer intermediateSize;

  /** Width of one routed expert (moe_intermediate_size). */
  @Column(name = "moe_intermediate_size")
  public Integer moeIntermediateSize;

  /** Total width of the shared experts (all of them together). */
  @Column(name = "shared_expert_intermediate_size")
  public Integer sharedExpertIntermediateSize;

  /** Leading layers with a dense feed-forward instead of experts (first_k_dense_replace). */
  @Column(name = "dense_layers")
  public Integer denseLayers;

  @Column(name = "q_lora_rank")
  public Integer qLoraRank;

  @Column(name = "qk_nope_head_dim")
  public Integer qkNopeHeadDim;

  @Column(name = "v_head_dim")
  public Integer vHeadDim;

  /** Whether the output projection reuses the token embedding (tie_word_embeddings). */
  @Column(name = "tied_embeddings")
  public Boolean tiedEmbeddings;

  @Column(name = "linear_key_heads")
  public Integer linearKeyHeads;

  @Column(name = "linear_value_heads")
  public Integer linearValueHeads;

  @Column(name = "linear_key_head_dim")
  public Integer linearKeyHeadDim;

  @Column(name = "linear_value_head_dim")
  public Integer linearValueHeadDim;

  /** Block edge of the official FP8 checkpoint when block-quantized (128), else null. */
  @Column(name = "fp8_block_size")
  public Integer fp8BlockSize;

  /** Whether the official FP8 checkpoint keeps attention in BF16. */
  @Column(name = "fp8_attention_bf16")
  public Boolean fp8AttentionBf16;

  @Column(name = "vocab_size")
  public Integer vocabSize;

  @Enumerated(EnumType.STRING)
  @Column(name = "native_precision")
  public WeightFormat nativePrecision;

  @Column(name = "open_weights")
  public Boolean openWeights;

  public String licence;

  @Column(name = "training_compute_flop")
  public Double trainingComputeFlop;
}
