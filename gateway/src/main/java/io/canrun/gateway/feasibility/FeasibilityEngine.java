package io.canrun.gateway.feasibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a model fits a chip (or a set of them), on how many, in which precision, and how
 * fast it would run. Plain Java with no framework types, so it can be tested and benchmarked alone.
 */
public final class FeasibilityEngine {

  private static final double GIB = MemoryPlan.GIB;

  public Estimate estimate(ModelArchitecture model, ChipSpec chip, DeploymentRequest request) {
    List<String> notes = new ArrayList<>();
    EngineConstants constants =
        request.constants() == null ? EngineConstants.DEFAULTS : request.constants();
    int context = request.contextTokens();
    int concurrency = request.concurrency();

    WeightFormat weights = chooseWeights(model, chip, request.weightFormat(), notes);
    WeightFormat kv = chooseKv(chip, request.kvFormat());
    Partial unknown = new Partial(weights, kv, context, concurrency, notes);
    if (weights == null) {
      return unknown.withFits(false, Bottleneck.UNKNOWN);
    }
    if (model.maxContext() != null && context > model.maxContext()) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%s supports at most %,d tokens of context; %,d were asked for.",
              label(model),
              model.maxContext(),
              context));
      return unknown.withFits(false, Bottleneck.CAPACITY);
    }

    ModelMemory memory = new ModelMemory(model);
    Double weightBytes = memory.weightBytes(weights);
    Double kvPerToken = memory.kvBytesPerToken(kv.bytesPerParam());
    Double fixed = memory.fixedBytesPerSequence(kv.bytesPerParam(), context);
    Capacity capacity = Capacity.of(chip);
    if (weightBytes == null) {
      notes.add(label(model) + "'s parameter count is unpublished, so its memory cannot be sized.");
      return unknown.withFits(null, Bottleneck.UNKNOWN);
    }
    if (kvPerToken == null) {
      notes.add(
          label(model) + "'s attention layout is unpublished, so its KV cache cannot be sized.");
      return unknown.withFits(null, Bottleneck.UNKNOWN);
    }
    if (capacity == null) {
      notes.add(chip.name() + "'s memory capacity is unknown.");
      return unknown.withFits(null, Bottleneck.UNKNOWN);
    }
    if (fixed == null) {
      notes.add(
          "The fixed per-sequence state of "
              + label(model)
              + "'s linear-attention or window layers is not published and is not counted.");
      fixed = 0.0;
    }
    describeKv(model, memory, kv, kvPerToken, notes);

    MemoryPlan plan =
        new MemoryPlan(
            memory,
            model,
            weightBytes,
            kvPerToken * context,
            fixed,
            concurrency,
            capacity.gib(),
            constants);
    int domain =
        request.scaleUpDomain() != null
            ? request.scaleUpDomain()
            : (int) constants.defaultScaleUpDomain();
    Layout smallest = plan.smallestFitting(domain);
    Integer required = smallest == null ? null : smallest.chips();

    Layout used;
    boolean fits;
    if (request.chipCount() != null) {
      used = plan.layoutFor(request.chipCount(), domain);
      if (used == null) {
        notes.add(
            request.chipCount()
                + " chips allow no legal layout: tensor parallelism must be a power of two"
                + " dividing the attention heads, within a scale-up domain of "
                + domain
                + ".");
        return unknown.withLayout(false, required, request.chipCount(), null, null, capacity);
      }
      fits = plan.fits(used);
    } else {
      used = smallest;
      fits = smallest != null && (request.maxChips() == null || required <= request.maxChips());
      if (smallest != null && !fits) {
        used = plan.layoutFor(request.maxChips(), domain);
      }
    }
    if (smallest == null) {
      notes.add("No legal layout holds this deployment, whatever the chip count.");
    } else if (required > 1) {
      notes.add(
          String.format(
              Locale.ROOT,
              "Minimum legal layout: %d chips (tensor parallel %d x %d pipeline stage%s).",
              required,
              smallest.tensorParallel(),
              smallest.pipelineStages(),
              smallest.pipelineStages() == 1 ? "" : "s"));
    }
    if (used == null) {
      return unknown.withLayout(false, required, request.maxChips(), null, plan, capacity);
    }
    Estimate.Performance performance =
        fits
            ? SpeedModel.estimate(
                model,
                memory,
                chip,
                used,
                weights,
                kvPerToken * context,
                fixed,
                context,
                concurrency,
                constants,
                notes)
            : new Estimate.Performance(null, null, null, null, Bottleneck.CAPACITY, null, null);
    notes.add(
        String.format(
            Locale.ROOT,
            "Assumes %.0f %% of memory usable, %.1f GiB runtime reserve per chip, decode at %.0f %%"
                + " of peak bandwidth (%s), prefill at %.0f %% of peak FLOPS.",
            constants.memoryUtilization() * 100,
            constants.runtimeReserveGiB(),
            (memory.isMoe() ? constants.moeDecodeEfficiency() : constants.denseDecodeEfficiency())
                * 100,
            memory.isMoe() ? "MoE" : "dense",
            constants.prefillComputeEfficiency() * 100));
    return new Estimate(
        fits,
        required,
        used.chips(),
        used.tensorParallel(),
        used.pipelineStages(),
        weights,
        kv,
        context,
        concurrency,
        plan.maxConcurrency(used),
        memory(plan, used, capacity),
        performance,
        List.copyOf(notes));
  }

  /**
   * The model's native format if the chip computes in it; otherwise, when the request leaves the
   * precision open, the nearest wider format the chip supports. An explicitly requested format the
   * chip lacks is reported and nothing is chosen (null).
   */
  private static WeightFormat chooseWeights(
      ModelArchitecture model, ChipSpec chip, WeightFormat requested, List<String> notes) {
    if (requested != null) {
      if (Boolean.FALSE.equals(chip.supports(requested.compute()))
          && requested != WeightFormat.MXFP4) {
        notes.add(
            chip.name()
                + " has no native "
                + requested.compute()
                + "; choose another precision (or leave it open to get the nearest supported).");
        return null;
      }
      noteUnknownSupport(chip, requested, notes);
      return requested;
    }
    WeightFormat wanted = model.nativeFormat() == null ? WeightFormat.BF16 : model.nativeFormat();
    if (model.nativeFormat() == null) {
      notes.add(label(model) + "'s native precision is unpublished; BF16 assumed.");
    }
    if (wanted == WeightFormat.MXFP4 || !Boolean.FALSE.equals(chip.supports(wanted.compute()))) {
      noteUnknownSupport(chip, wanted, notes);
      return wanted;
    }
    for (WeightFormat fallback : wanted.widerFallbacks()) {
      if (!Boolean.FALSE.equals(chip.supports(fallback.compute()))) {
        notes.add(
            chip.name()
                + " has no native "
                + wanted.compute()
                + ", so the weights are held in "
                + fallback
                + " (the nearest wider format it supports).");
        noteUnknownSupport(chip, fallback, notes);
        return fallback;
      }
    }
    notes.add(chip.name() + " supports none of the formats this model can be served in.");
    return null;
  }

  private static void noteUnknownSupport(ChipSpec chip, WeightFormat format, List<String> notes) {
    if (chip.supports(format.compute()) == null && format != WeightFormat.MXFP4) {
      notes.add(
          "Whether "
              + chip.name()
              + " computes natively in "
              + format.compute()
              + " is not published; the estimate assumes it does.");
    }
  }

  /** KV cache in BF16 unless asked otherwise; FP16 on chips that lack BF16. */
  private static WeightFormat chooseKv(ChipSpec chip, WeightFormat requested) {
    if (requested != null) {
      return requested;
    }
    return Boolean.FALSE.equals(chip.supports(Precision.BF16))
            && !Boolean.FALSE.equals(chip.supports(Precision.FP16))
        ? WeightFormat.FP16
        : WeightFormat.BF16;
  }

  private static void describeKv(
      ModelArchitecture model,
      ModelMemory memory,
      WeightFormat kv,
      double kvPerToken,
      List<String> notes) {
    String how =
        switch (model.attentionKind()) {
          case MLA -> "the compressed MLA latent of " + model.kvLayers() + " layers";
          case HYBRID_LINEAR -> "only the " + model.kvLayers() + " full-attention layers";
          case SLIDING_WINDOW ->
              model.kvLayers() + " full-attention layers (window layers hold a fixed window)";
          case GQA -> model.kvLayers() + " layers x " + model.kvHeads() + " KV heads";
        };
    notes.add(
        String.format(
            Locale.ROOT, "KV cache %,.0f bytes per token in %s (%s).", kvPerToken, kv, how));
    if (memory.isMoe()) {
      notes.add(
          "MoE: memory holds all experts; decode reads the shared weights plus the experts the"
              + " batch touches.");
    }
  }

  private static Estimate.Memory memory(MemoryPlan plan, Layout layout, Capacity capacity) {
    return new Estimate.Memory(
        plan.weightsPerChip(layout) / GIB,
        plan.kvPerChip(layout) / GIB,
        plan.fixedPerChip(layout) / GIB,
        plan.reservePerChip(layout) / GIB,
        plan.totalPerChip(layout) / GIB,
        plan.budgetBytes() / GIB,
        capacity.gib(),
        capacity.basis());
  }

  private static String label(ModelArchitecture model) {
    return model.name() != null ? model.name() : model.slug();
  }

  /** A chip's capacity and where the figure comes from. */
  private record Capacity(double gib, String basis) {

    static Capacity of(ChipSpec chip) {
      if (chip.memoryUsableGiB() != null) {
        return new Capacity(
            chip.memoryUsableGiB(), "usable " + chip.memoryUsableGiB() + " GiB per its source");
      }
      if (chip.memoryGB() != null) {
        return new Capacity(
            chip.memoryGB(),
            "vendor's " + chip.memoryGB() + " GB read as GiB (HBM capacities are binary)");
      }
      return null;
    }
  }

  /** What is known before a layout is chosen, for answers that stop early. */
  private record Partial(
      WeightFormat weights, WeightFormat kv, int context, int concurrency, List<String> notes) {

    Estimate withFits(Boolean fits, Bottleneck bottleneck) {
      return new Estimate(
          fits,
          null,
          null,
          null,
          null,
          weights,
          kv,
          context,
          concurrency,
          null,
          null,
          new Estimate.Performance(null, null, null, null, bottleneck, null, null),
          List.copyOf(notes));
    }

    Estimate withLayout(
        boolean fits, Integer required, Integer used, Layout layout, MemoryPlan plan, Capacity c) {
      return new Estimate(
          fits,
          required,
          used,
          layout == null ? null : layout.tensorParallel(),
          layout == null ? null : layout.pipelineStages(),
          weights,
          kv,
          context,
          concurrency,
          null,
          plan == null || layout == null ? null : memory(plan, layout, c),
          new Estimate.Performance(null, null, null, null, Bottleneck.CAPACITY, null, null),
          List.copyOf(notes));
    }
  }
}
