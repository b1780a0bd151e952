package io.canrun.gateway.feasibility;

import java.util.List;
import java.util.Locale;

/** The sentences an estimate carries about how it was made. */
final class EstimateNotes {

  private EstimateNotes() {}

  static void describeModel(
      ModelArchitecture model,
      ModelBytes bytes,
      WeightFormat kv,
      double kvPerToken,
      List<String> notes) {
    ModelArchitecture.Attention a = model.attention();
    String how =
        switch (a.kind()) {
          case MLA -> "the compressed MLA latent of " + a.kvLayers() + " layers";
          case HYBRID_LINEAR -> "only the " + a.kvLayers() + " full-attention layers";
          case SLIDING_WINDOW ->
              a.kvLayers() + " full-attention layers (window layers hold a fixed window)";
          case GQA -> a.kvLayers() + " layers x " + a.kvHeads() + " KV heads";
        };
    notes.add(
        String.format(
            Locale.ROOT, "KV cache %,.0f bytes per token in %s (%s).", kvPerToken, kv, how));
    ParameterCounts counts = bytes.counts();
    if (model.isMoe() && counts.expertsKnown()) {
      notes.add(
          String.format(
              Locale.ROOT,
              "MoE: memory holds all %d experts (%.1f B parameters, %.2f B per expert across"
                  + " layers, from moe_intermediate_size); decode reads the dense parts plus the"
                  + " experts the batch touches (%.1f B active per token).",
              counts.expertCount(),
              counts.total() / ParameterCounts.BILLION,
              counts.expertPerLayer() * counts.moeLayers() / ParameterCounts.BILLION,
              counts.active() / ParameterCounts.BILLION));
    } else if (model.isMoe()) {
      notes.add(
          "MoE: the expert shape is unpublished, so decode reads the published active"
              + " parameters.");
    }
  }

  static void describeMinimum(Layout layout, EngineProfile engine, int domain, List<String> notes) {
    notes.add(
        String.format(
            Locale.ROOT,
            "Smallest layout %s accepts that holds it: %s on %d chip%s (%d node%s of %d).",
            engine.name(),
            layout.describe(),
            layout.chipsPerReplica(),
            layout.chipsPerReplica() == 1 ? "" : "s",
            layout.nodes(),
            layout.nodes() == 1 ? "" : "s",
            domain));
  }

  static void describeCalibration(Calibration calibration, List<String> notes) {
    notes.add(
        String.format(
            Locale.ROOT,
            "Calibration: decode at %.0f %% of peak bandwidth (row %s), prefill at %.0f %% of"
                + " peak FLOPS (row %s), %.1f ms per step + %.0f us per layer, %.0f us per"
                + " collective; ±%.0f %%%s.",
            calibration.decodeEfficiency() * 100,
            calibration.decodeRow(),
            calibration.prefillMfu() * 100,
            calibration.prefillRow(),
            calibration.stepOverheadMillis(),
            calibration.layerOverheadMicros(),
            calibration.collectiveLatencyMicros(),
            calibration.rangePct(),
            calibration.fallback() == null
                ? ""
                : " (nearest calibration: " + calibration.fallback() + ")"));
  }
}
