package io.canrun.gateway.feasibility;

import java.util.List;

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
        "KV cache "
            + NoteNumbers.grouped(Math.round(kvPerToken))
            + " bytes per token in "
            + kv
            + " ("
            + how
            + ").");
    ParameterCounts counts = bytes.counts();
    if (model.isMoe() && counts.expertsKnown()) {
      double perExpert = counts.expertPerLayer() * counts.moeLayers() / ParameterCounts.BILLION;
      notes.add(
          "MoE: memory holds all "
              + counts.expertCount()
              + " experts ("
              + NoteNumbers.tenths(counts.total() / ParameterCounts.BILLION)
              + " B parameters, "
              + Math.round(perExpert * 100) / 100.0
              + " B per expert across layers, from moe_intermediate_size); decode reads the dense"
              + " parts plus the experts the batch touches ("
              + NoteNumbers.tenths(counts.active() / ParameterCounts.BILLION)
              + " B active per token).");
    } else if (model.isMoe()) {
      notes.add(
          "MoE: the expert shape is unpublished, so decode reads the published active"
              + " parameters.");
    }
  }

  static void describeMinimum(Layout layout, EngineProfile engine, int domain, List<String> notes) {
    int chips = layout.chipsPerReplica();
    notes.add(
        "Smallest layout "
            + engine.name()
            + " accepts that holds it: "
            + layout.describe()
            + " on "
            + chips
            + (chips == 1 ? " chip (" : " chips (")
            + layout.nodes()
            + (layout.nodes() == 1 ? " node of " : " nodes of ")
            + domain
            + ").");
  }

  static void describeCalibration(Calibration calibration, List<String> notes) {
    notes.add(
        "Calibration: decode at "
            + NoteNumbers.percent(calibration.decodeEfficiency())
            + " % of peak bandwidth (row "
            + calibration.decodeRow()
            + "), prefill at "
            + NoteNumbers.percent(calibration.prefillMfu())
            + " % of peak FLOPS (row "
            + calibration.prefillRow()
            + "), "
            + NoteNumbers.tenths(calibration.stepOverheadMillis())
            + " ms per step + "
            + Math.round(calibration.layerOverheadMicros())
            + " us per layer, "
            + Math.round(calibration.collectiveLatencyMicros())
            + " us per collective; ±"
            + Math.round(calibration.rangePct())
            + " %"
            + (calibration.fallback() == null
                ? ""
                : " (nearest calibration: " + calibration.fallback() + ")")
            + ".");
  }
}
