package io.canrun.gateway.feasibility;

/**
 * The calibration one estimate uses, resolved from the table (and any request overrides), with
 * where each part came from.
 *
 * @param decodeEfficiency achieved share of peak memory bandwidth in decode
 * @param stepOverheadMillis fixed cost of one decode step (scheduling, sampling)
 * @param layerOverheadMicros fixed cost per layer per step (kernel latency floor)
 * @param collectiveLatencyMicros latency of one all-reduce or all-to-all
 * @param prefillMfu achieved share of peak FLOPS in prefill and in compute-bound decode
 * @param prefillLayerMicros fixed prefill cost per layer
 * @param decodeRow the table row that gave the decode efficiency
 * @param prefillRow the table row that gave the prefill MFU
 * @param fallback how the rows differ from the request (chip family, engine class, another
 *     precision...), or null when they match it
 * @param rangePct the ± band the estimate carries
 */
public record Calibration(
    double decodeEfficiency,
    double stepOverheadMillis,
    double layerOverheadMicros,
    double collectiveLatencyMicros,
    double prefillMfu,
    double prefillLayerMicros,
    String decodeRow,
    String prefillRow,
    String fallback,
    double rangePct) {

  /** These figures with the request's overrides applied (an override is reported as such). */
  Calibration with(EngineConstants constants) {
    if (constants.overrides().isEmpty()) {
      return this;
    }
    return new Calibration(
        constants.orElse("decodeEfficiency", decodeEfficiency),
        constants.orElse("stepOverheadMillis", stepOverheadMillis),
        constants.orElse("layerOverheadMicros", layerOverheadMicros),
        constants.orElse("collectiveLatencyMicros", collectiveLatencyMicros),
        constants.orElse("prefillEfficiency", prefillMfu),
        prefillLayerMicros,
        constants.override("decodeEfficiency") != null ? "request override" : decodeRow,
        constants.override("prefillEfficiency") != null ? "request override" : prefillRow,
        fallback,
        rangePct);
  }
}
