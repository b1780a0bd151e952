package io.canrun.gateway.feasibility;

import java.util.ArrayList;
import java.util.List;

/**
 * The layouts a serving engine accepts for one model, each with the reason it is illegal (or null):
 *
 * <ul>
 *   <li>tensor parallelism is a power of two within the scale-up domain (across nodes only for
 *       engines that run multi-node TP, like SGLang), divides the attention heads, divides or is
 *       divided by the KV heads (KV heads are replicated beyond their count), and divides the
 *       linear-attention heads;
 *   <li>with block-quantized FP8 weights every dimension the TP split cuts stays a multiple of the
 *       block (vLLM and SGLang refuse otherwise), including moe_intermediate_size / TP when the
 *       experts are split by TP rather than placed whole by expert parallelism;
 *   <li>pipeline stages take whole nodes (llama.cpp instead splits layers over the chips of one
 *       node);
 *   <li>expert parallelism spreads whole experts over the TP ranks and needs the expert count to
 *       divide; MLA models may also run attention data-parallel across those ranks.
 * </ul>
 */
final class LayoutRules {

  private static final int MAX_TENSOR_PARALLEL = 64;
  private static final int MAX_STAGES = 32;

  private final ModelArchitecture model;
  private final WeightFormat weights;
  private final EngineProfile engine;
  private final int domain;
  private final java.util.Map<Integer, Problems> problems = new java.util.HashMap<>();

  LayoutRules(ModelArchitecture model, WeightFormat weights, EngineProfile engine, int domain) {
    this.model = model;
    this.weights = weights;
    this.engine = engine;
    this.domain = domain;
  }

  /** One replica layout and why it is illegal, or null when the engine accepts it. */
  record Candidate(Layout layout, String illegal) {}

  /** Every replica layout worth trying, fewest chips first. */
  List<Candidate> candidates() {
    List<Candidate> candidates = new ArrayList<>(128);
    if (engine.withinNode() == EngineProfile.Spread.LAYER) {
      for (int chips = 1; chips <= domain; chips++) {
        candidates.add(new Candidate(layout(1, chips, 1, false), null));
      }
      return candidates;
    }
    int widest = 1;
    for (int tp = 1; tp <= MAX_TENSOR_PARALLEL; tp *= 2) {
      boolean acrossNodes = tp > domain;
      if (acrossNodes && engine.multiNode() != EngineProfile.Spread.TENSOR) {
        break;
      }
      for (Candidate option : expertOptions(tp, 1)) {
        candidates.add(option);
        if (option.illegal() == null && !acrossNodes) {
          widest = Math.max(widest, tp);
        }
      }
    }
    if (engine.multiNode() == EngineProfile.Spread.PIPELINE) {
      int layers = model.layers() == null ? 1 : model.layers();
      for (int stages = 2; stages <= Math.min(MAX_STAGES, layers); stages++) {
        candidates.addAll(expertOptions(widest, stages));
      }
    }
    candidates.sort(
        java.util.Comparator.comparingInt((Candidate c) -> c.layout().chipsPerReplica()));
    return candidates;
  }

  /** Why each way of using {@code tp} ranks is illegal (null: legal), worked out once per TP. */
  private record Problems(
      String tensorSplit, String expertSplit, String placement, String dataParallel) {}

  private Problems problems(int tp) {
    return problems.computeIfAbsent(
        tp,
        t -> {
          String tensor = tensorParallelProblem(t);
          String placement = model.isMoe() && t > 1 ? expertPlacementProblem(t) : null;
          return new Problems(
              tensor,
              tensor != null ? tensor : expertSplitProblem(t),
              tensor != null ? tensor : placement,
              // Attention is replicated per rank, so only the dense FFN is cut by TP.
              placement != null ? placement : blockProblem(t, denseSharded(false)));
        });
  }

  /**
   * TP-split experts, and for MoE models whole experts per rank (EP), with MLA also DP attention.
   */
  private List<Candidate> expertOptions(int tp, int stages) {
    List<Candidate> options = new ArrayList<>();
    Problems problems = problems(tp);
    options.add(new Candidate(layout(tp, stages, 1, false), problems.expertSplit()));
    if (model.isMoe() && tp > 1) {
      options.add(new Candidate(layout(tp, stages, tp, false), problems.placement()));
      if (isMla()) {
        options.add(new Candidate(layout(tp, stages, tp, true), problems.dataParallel()));
      }
    }
    return options;
  }

  private Layout layout(int tp, int stages, int ep, boolean attentionDp) {
    return new Layout(tp, stages, ep, attentionDp, 1, Layout.nodesFor(tp, stages, 1, domain));
  }

  private boolean isMla() {
    return model.attention() != null && model.attention().kind() == AttentionKind.MLA;
  }

  /** Why this TP degree cannot shard the attention (or the dense FP8 blocks), or null. */
  private String tensorParallelProblem(int tp) {
    if (tp == 1) {
      return null;
    }
    ModelArchitecture.Attention a = model.attention();
    if (a != null && a.heads() != null && a.heads() % tp != 0) {
      return "TP" + tp + ": " + a.heads() + " attention heads do not divide by " + tp;
    }
    if (a != null && a.kvHeads() != null && a.kind() != AttentionKind.MLA) {
      int kv = a.kvHeads();
      if ((tp <= kv && kv % tp != 0) || (tp > kv && tp % kv != 0)) {
        return "TP" + tp + ": " + kv + " KV heads neither divide nor are divided by " + tp;
      }
    }
    if (a != null && a.linear() != null) {
      Integer keys = a.linear().keyHeads();
      Integer values = a.linear().valueHeads();
      if ((keys != null && keys % tp != 0) || (values != null && values % tp != 0)) {
        return "TP" + tp + ": the linear-attention heads do not divide by " + tp;
      }
    }
    return blockProblem(tp, denseSharded(true));
  }

  /** With experts split by TP, their width must split into whole FP8 blocks too. */
  private String expertSplitProblem(int tp) {
    if (!model.isMoe() || model.moe().expertIntermediateSize() == null) {
      return null;
    }
    return blockProblem(
        tp, List.of(new Dimension("moe_intermediate_size", model.moe().expertIntermediateSize())));
  }

  private String expertPlacementProblem(int tp) {
    Integer experts = model.moe().experts();
    if (experts != null && experts % tp != 0) {
      return "EP" + tp + ": " + experts + " experts do not divide over " + tp + " ranks";
    }
    return null;
  }

  /**
   * Dimensions a TP layout cuts: attention outputs (unless replicated), dense FFN, shared experts.
   */
  private List<Dimension> denseSharded(boolean attention) {
    List<Dimension> dims = new ArrayList<>();
    ModelArchitecture.Attention a = model.attention();
    if (attention && a != null && a.heads() != null) {
      if (a.kind() == AttentionKind.MLA && a.mla() != null && a.mla().qkNopeHeadDim() != null) {
        dims.add(
            new Dimension(
                "heads x q/k head dim",
                a.heads() * (a.mla().qkNopeHeadDim() + a.mla().qkRopeHeadDim())));
      } else if (a.headDim() != null) {
        dims.add(new Dimension("heads x head_dim", a.heads() * a.headDim()));
      }
    }
    boolean denseLayers =
        !model.isMoe() || (model.moe().denseLayers() != null && model.moe().denseLayers() > 0);
    if (denseLayers && model.intermediateSize() != null) {
      dims.add(new Dimension("intermediate_size", model.intermediateSize()));
    }
    if (model.isMoe()
        && model.moe().sharedIntermediateSize() != null
        && model.moe().sharedIntermediateSize() > 0) {
      dims.add(
          new Dimension("shared_expert_intermediate_size", model.moe().sharedIntermediateSize()));
    }
    return dims;
  }

  private String blockProblem(int tp, List<Dimension> dims) {
    Integer block = model.fp8BlockSize();
    if (weights != WeightFormat.FP8 || block == null || tp == 1) {
      return null;
    }
    for (Dimension dim : dims) {
      if (dim.size() % tp != 0 || (dim.size() / tp) % block != 0) {
        String share = dim.size() % tp == 0 ? String.valueOf(dim.size() / tp) : "not whole";
        return "TP"
            + tp
            + ": "
            + dim.name()
            + " "
            + dim.size()
            + " / "
            + tp
            + " = "
            + share
            + " is not a multiple of the "
            + block
            + "-wide FP8 weight blocks";
      }
    }
    return null;
  }

  private record Dimension(String name, int size) {}
}
