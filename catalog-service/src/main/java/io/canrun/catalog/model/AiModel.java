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

  @Column(name = "max_context")
  public Integer maxContext;

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
