package io.canrun.gateway.feasibility;

/**
 * Step times of one replica, from rooflines with calibrated efficiencies and explicit overheads:
 *
 * <pre>
 * decode step  = step overhead + layers × layer overhead
 *              + max(bytes read / (η × bandwidth), FLOPs / (MFU × peak))   per chip
 *              + collectives (TP all-reduces, expert all-to-alls, pipeline hand-overs)
 * prefill      = layers × prefill layer cost + max(FLOPs / (MFU × peak), weights / (η × bandwidth))
 *              + collectives over the prompt's activations
 * </pre>
 *
 * A decode step reads the weights the batch touches (the output projection, attention, dense parts,
 * and the distinct experts its tokens route to) and every sequence's KV cache at its current
 * length; pipeline stages run in turn for one micro-batch, so their times add
 * (feasibility-methods.md 4.6, 4.7).
 */
final class SpeedModel {

  private static final double GIGA = 1e9;
  private static final double TERA = 1e12;
  private static final double ACTIVATION_BYTES = 2;

  private final ModelArchitecture model;
  private final ModelBytes bytes;
  private final Layout layout;
  private final Calibration calibration;
  private final double bandwidth;
  private final double peak;
  private final Interconnect links;
  private final double kvPerToken;
  private final boolean stagesAcrossNodes;

  SpeedModel(
      ModelArchitecture model,
      ModelBytes bytes,
      Layout layout,
      Calibration calibration,
      double bandwidthGBps,
      double peakTflops,
      Interconnect links,
      double kvBytesPerToken,
      boolean stagesAcrossNodes) {
    this.model = model;
    this.bytes = bytes;
    this.layout = layout;
    this.calibration = calibration;
    this.bandwidth = bandwidthGBps * GIGA;
    this.peak = peakTflops * TERA;
    this.links = links;
    this.kvPerToken = kvBytesPerToken;
    this.stagesAcrossNodes = stagesAcrossNodes;
  }

  Calibration calibration() {
    return calibration;
  }

  /** The parts of one decode step, in seconds. */
  record Step(double fixed, double memory, double compute, double communication) {

    double total() {
      return fixed + Math.max(memory, compute) + communication;
    }

    Bottleneck bottleneck() {
      if (communication > Math.max(memory, compute)) {
        return Bottleneck.INTERCONNECT;
      }
      return compute > memory ? Bottleneck.COMPUTE : Bottleneck.MEMORY_BANDWIDTH;
    }
  }

  /** A decode step for {@code batch} sequences whose caches hold {@code context} tokens. */
  Step decode(double batch, double context) {
    Parts parts = decodeParts(batch, context);
    return new Step(
        parts.fixed(),
        parts.memory() / calibration.decodeEfficiency(),
        parts.compute() / calibration.prefillMfu(),
        parts.communication());
  }

  /**
   * The uncalibrated parts of a decode step: fixed overheads, memory time at full bandwidth,
   * compute time at peak FLOPS, and collectives (what a calibration fit divides out).
   */
  Parts decodeParts(double batch, double context) {
    return new Parts(
        fixedDecode(),
        bytesPerChip(batch, context) / bandwidth,
        decodeFlopsPerChip(batch, context) / peak,
        communication(batch));
  }

  /** The same step with nothing lost: full bandwidth and FLOPS, no overheads, no collectives. */
  double decodeBound(double batch, double context) {
    Parts parts = decodeParts(batch, context);
    return Math.max(parts.memory(), parts.compute());
  }

  double fixedDecode() {
    int layers = model.layers() == null ? 0 : model.layers();
    return calibration.stepOverheadMillis() / 1e3
        + layers * calibration.layerOverheadMicros() / 1e6;
  }

  /** Time to the first token of one prompt served alone. */
  double prefill(int tokens) {
    Parts parts = prefillParts(tokens);
    return parts.fixed()
        + Math.max(
            parts.compute() / calibration.prefillMfu(),
            parts.memory() / calibration.decodeEfficiency())
        + parts.communication();
  }

  /**
   * The parts of one prompt's prefill: the per-layer fixed cost, compute at peak, reading the
   * weights once at full bandwidth, and collectives over the prompt's activations.
   */
  Parts prefillParts(int tokens) {
    int layers = model.layers() == null ? 0 : model.layers();
    return new Parts(
        layers * calibration.prefillLayerMicros() / 1e6,
        weightsPerChip(tokens) / bandwidth,
        prefillFlopsPerChip(tokens) / peak,
        communication(tokens));
  }

  /** Prefill with nothing lost, for the bound beside the estimate. */
  double prefillBound(int tokens) {
    return prefillFlopsPerChip(tokens) / peak;
  }

  /**
   * Prefill work one request adds to a loaded replica: its FLOPs and collectives, with fixed costs
   * shared by the batch it rides in and pipeline stages working on different chunks.
   */
  double prefillWork(int tokens) {
    double compute = prefillFlopsPerChip(tokens) / (calibration.prefillMfu() * peak);
    return (compute + communication(tokens)) / layout.pipelineStages();
  }

  /** Seconds: fixed overheads, memory at full bandwidth, compute at peak, collectives. */
  record Parts(double fixed, double memory, double compute, double communication) {}

  /**
   * One replica serving {@code sequences} requests of {@code input} prompt and {@code output}
   * generated tokens, continuously batched. Per cycle in which every request finishes once, the
   * replica makes {@code output} decode steps over all of them (KV read at the average context
   * input + output/2; pipeline stages each holding a micro-batch) and the prefill work of every
   * prompt; a request's tokens are slowed by the other requests' prefills. Time to first token
   * under load adds the wait for earlier prompts, an M/D/1 queue (Pollaczek–Khinchine) on the
   * prefill work with arrivals at the completion rate.
   */
  Load load(int sequences, int input, int output) {
    int stages = layout.pipelineStages();
    double microBatch = Math.ceil(sequences / (double) stages);
    double context = input + output / 2.0;
    Step step = decode(microBatch, context);
    double decodeStep = step.total();
    double work = prefillWork(input);
    double cycle = output * decodeStep + sequences * work;
    double perSecond = sequences * (double) output / cycle;
    double timePerToken = decodeStep + (sequences - 1) * work / output;
    double alone = prefill(input);
    double firstToken = alone;
    if (sequences > 1) {
      double arrivals = perSecond / output;
      double busy = Math.min(0.99, arrivals * work);
      double wait = busy * work / (2 * (1 - busy));
      firstToken = Math.max(alone, work + decodeStep + wait);
    }
    return new Load(
        decodeStep, timePerToken, firstToken, perSecond, sequences / decodeStep, step.bottleneck());
  }

  /**
   * One replica under load, in seconds and tokens per second.
   *
   * @param outputPerSecond output tokens per second of all its requests, prefill included
   * @param decodePerSecond output tokens per second of its decode steps alone
   */
  record Load(
      double decodeStep,
      double timePerOutputToken,
      double timeToFirstToken,
      double outputPerSecond,
      double decodePerSecond,
      Bottleneck bottleneck) {}

  /** Bytes one chip reads in a decode step, summed over the pipeline stages it waits for. */
  private double bytesPerChip(double batch, double context) {
    int tp = layout.tensorParallel();
    double sequences = layout.attentionDataParallel() ? batch / tp : batch;
    int kvShards = layout.attentionDataParallel() ? 1 : bytes.kvShards(tp);
    double kv = sequences * kvPerToken * context / kvShards;
    Double window = bytes.windowBytesPerSequence((int) Math.min(Integer.MAX_VALUE, context));
    Double state = bytes.recurrentBytesPerSequence();
    double fixedState =
        sequences * (window == null ? 0 : window) / kvShards
            + 2 * sequences * (state == null ? 0 : state) / bytes.stateShards(tp);
    return weightsPerChip(batch) + kv + fixedState;
  }

  /** Weights one chip reads for {@code tokens} tokens in flight. */
  private double weightsPerChip(double tokens) {
    int tp = layout.tensorParallel();
    double attention = bytes.counts().attention() * bytes.bytesPerParam(TensorClass.ATTENTION);
    double dense = bytes.denseBytesRead() - attention;
    double attentionPerChip = layout.attentionDataParallel() ? attention : attention / tp;
    return dense / tp + attentionPerChip + bytes.expertBytesRead(tokens) / tp;
  }

  private double decodeFlopsPerChip(double batch, double context) {
    double matmul = 2 * bytes.counts().active() * batch;
    double attention = batch * context * scorePairFlops(false);
    return (matmul + attention) / layout.tensorParallel();
  }

  private double prefillFlopsPerChip(int tokens) {
    double matmul = 2 * bytes.counts().active() * tokens;
    double attention = (double) tokens * tokens / 2 * scorePairFlops(true);
    int tp = layout.tensorParallel();
    if (!layout.attentionDataParallel()) {
      return (matmul + attention) / tp;
    }
    // One request's attention runs on one data-parallel rank; only the experts spread out.
    double attentionMatmul = 2 * bytes.counts().attention() * tokens;
    return (matmul - attentionMatmul) / tp + attentionMatmul + attention;
  }

  /**
   * FLOPs per (query, key) pair over all full-attention layers: QKᵀ and PV, 2 FLOPs per
   * multiply-add. MLA decodes against the latent (absorbed: 2·kv_lora + rope per head) and prefills
   * with decompressed heads (q/k nope + rope, v).
   */
  private double scorePairFlops(boolean prefill) {
    ModelArchitecture.Attention a = model.attention();
    if (a == null || a.kvLayers() == null || a.heads() == null) {
      return 0;
    }
    double perHead;
    if (a.kind() == AttentionKind.MLA && a.mla() != null && a.mla().kvLoraRank() != null) {
      ModelArchitecture.Mla m = a.mla();
      perHead =
          prefill && m.qkNopeHeadDim() != null && m.vHeadDim() != null
              ? 2.0 * (m.qkNopeHeadDim() + m.qkRopeHeadDim() + m.vHeadDim())
              : 2.0 * (2 * m.kvLoraRank() + m.qkRopeHeadDim());
    } else if (a.headDim() != null) {
      perHead = 4.0 * a.headDim();
    } else {
      return 0;
    }
    return perHead * a.heads() * a.kvLayers();
  }

  /** Collectives and pipeline hops for a step over {@code tokens} (a decode batch or a prompt). */
  private double communication(double tokens) {
    return collectives(tokens) + hops(tokens);
  }

  /**
   * Tensor parallelism: two all-reduces of the activations per layer (after attention and after the
   * MLP). Attention data parallelism: two all-to-alls per MoE layer (dispatch and combine of each
   * token's top-k copies).
   */
  private double collectives(double tokens) {
    int tp = layout.tensorParallel();
    Integer layers = model.layers();
    Integer hidden = model.hiddenSize();
    if (tp <= 1 || layers == null || hidden == null) {
      return 0;
    }
    double activations = tokens * hidden * ACTIVATION_BYTES;
    if (!layout.attentionDataParallel()) {
      return 2.0 * layers * links.allReduce(activations, tp);
    }
    int moeLayers = bytes.counts().moeLayers();
    int topK = Math.max(1, bytes.counts().expertsPerToken());
    double perRank = activations / tp * topK;
    return 2.0 * moeLayers * links.allToAll(perRank, tp);
  }

  private double hops(double tokens) {
    int stages = layout.pipelineStages();
    if (stages <= 1 || model.hiddenSize() == null) {
      return 0;
    }
    return (stages - 1)
        * links.hop(tokens * model.hiddenSize() * ACTIVATION_BYTES, stagesAcrossNodes);
  }
}
