package io.canrun.gateway.feasibility;

import java.util.List;

/**
 * Picks the weight and KV-cache formats: the requested one, or the model's native format, checked
 * against what the engine loads and what the chip computes. A format the chip lacks runs as
 * weight-only dequantization when the format allows it (slower prefill, same memory); otherwise an
 * explicit request is refused and an open one falls back to the nearest wider format.
 */
final class FormatChoice {

  private static final List<WeightFormat> WIDER = List.of(WeightFormat.BF16, WeightFormat.FP16);

  private FormatChoice() {}

  /** The weight format, or null (with a note) when none can serve. */
  static WeightFormat weights(
      ModelArchitecture model,
      ChipSpec chip,
      EngineProfile engine,
      WeightFormat requested,
      List<String> notes) {
    if (requested != null) {
      String problem = problem(chip, engine, requested);
      if (problem != null) {
        notes.add(problem + "; choose another precision (or leave it open).");
        return null;
      }
      noteHowItRuns(chip, requested, notes);
      return requested;
    }
    WeightFormat wanted = model.nativeFormat() == null ? WeightFormat.BF16 : model.nativeFormat();
    if (model.nativeFormat() == null) {
      notes.add(model.label() + "'s native precision is unpublished; BF16 assumed.");
    }
    if (problem(chip, engine, wanted) == null) {
      noteHowItRuns(chip, wanted, notes);
      return wanted;
    }
    for (WeightFormat wider : WIDER) {
      if (wider != wanted && problem(chip, engine, wider) == null) {
        notes.add(
            problem(chip, engine, wanted)
                + ", so the weights are held in "
                + wider
                + " (the nearest wider format that runs).");
        noteHowItRuns(chip, wider, notes);
        return wider;
      }
    }
    notes.add(chip.name() + " runs none of the formats this model can be served in.");
    return null;
  }

  /**
   * The KV-cache format: the requested one; else the one a quantized checkpoint for this engine
   * carries (weights quantized from a model published in another format); else the engine's
   * default, FP16 where the chip lacks BF16.
   */
  static WeightFormat kv(
      ModelArchitecture model,
      ChipSpec chip,
      EngineProfile engine,
      WeightFormat weights,
      WeightFormat requested) {
    if (requested != null) {
      return requested;
    }
    WeightFormat carried = engine.quantizedCheckpointKv();
    if (carried != null
        && engine.quantizedCheckpointFormats().contains(weights)
        && weights != model.nativeFormat()
        && !Boolean.FALSE.equals(chip.supports(carried.compute()))) {
      return carried;
    }
    WeightFormat preferred = engine.kvDefault();
    if (preferred == WeightFormat.BF16
        && Boolean.FALSE.equals(chip.supports(Precision.BF16))
        && !Boolean.FALSE.equals(chip.supports(Precision.FP16))) {
      return WeightFormat.FP16;
    }
    return preferred;
  }

  /** Why {@code format} cannot serve here, or null when it can. */
  private static String problem(ChipSpec chip, EngineProfile engine, WeightFormat format) {
    if (!engine.formats().contains(format)) {
      return engine.name()
          + " does not load "
          + format
          + " weights (it loads "
          + String.join(", ", engine.formats().stream().map(Enum::name).toList())
          + ")";
    }
    if (Boolean.FALSE.equals(chip.supports(format.compute())) && !format.runsWeightOnly()) {
      return chip.name() + " has no native " + format.compute() + " for " + format + " weights";
    }
    return null;
  }

  private static void noteHowItRuns(ChipSpec chip, WeightFormat format, List<String> notes) {
    Boolean supported = chip.supports(format.compute());
    if (Boolean.FALSE.equals(supported)) {
      notes.add(
          format
              + " runs as weight-only dequantization on "
              + chip.name()
              + " (no native "
              + format.compute()
              + "): same memory, matmuls at the 16-bit peak.");
    } else if (supported == null) {
      notes.add(
          "Whether "
              + chip.name()
              + " computes natively in "
              + format.compute()
              + " is not published; the estimate assumes it does.");
    }
  }

  /**
   * The peak (TFLOPS) the weights compute at: the format's precision when the chip has it, else the
   * 16-bit peak its weight-only kernels use; null when unpublished.
   */
  static Double peak(ChipSpec chip, WeightFormat format) {
    Precision compute = format.compute();
    if (!Boolean.FALSE.equals(chip.supports(compute))) {
      Double native_ = chip.peakTflops(compute);
      if (native_ != null) {
        return native_;
      }
      if (compute != Precision.BF16 && compute != Precision.FP16) {
        return null;
      }
    }
    Double bf16 = chip.peakTflops(Precision.BF16);
    return bf16 != null ? bf16 : chip.peakTflops(Precision.FP16);
  }
}
