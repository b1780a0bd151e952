package io.canrun.gateway.feasibility;

import java.util.EnumMap;
import java.util.Map;

/**
 * Chips with the figures of shared/data/catalog-specs.md table A1 written out, so the hand
 * arithmetic in the tests does not move when the catalog's chip data is corrected; models come from
 * the catalog seed ({@link SeedCatalog}), whose figures are config.json values.
 */
final class Specs {

  private Specs() {}

  static ChipSpec h100() {
    Map<Precision, ChipSpec.PrecisionSupport> compute = new EnumMap<>(Precision.class);
    compute.put(Precision.BF16, supported(989.4));
    compute.put(Precision.FP16, supported(989.4));
    compute.put(Precision.FP8, supported(1978.9));
    compute.put(Precision.INT8, supported(1978.9));
    compute.put(Precision.FP4, unsupported());
    return new ChipSpec("h100-sxm", "H100 SXM5 80GB", 80.0, 79.6, 3350.0, compute, 900.0);
  }

  static ChipSpec a100() {
    Map<Precision, ChipSpec.PrecisionSupport> compute = new EnumMap<>(Precision.class);
    compute.put(Precision.BF16, supported(312));
    compute.put(Precision.FP16, supported(312));
    compute.put(Precision.FP8, unsupported());
    compute.put(Precision.INT8, supported(624));
    compute.put(Precision.FP4, unsupported());
    return new ChipSpec("a100-sxm-80gb", "A100 SXM 80GB", 80.0, null, 2039.0, compute, 600.0);
  }

  static ChipSpec h200() {
    Map<Precision, ChipSpec.PrecisionSupport> compute = new EnumMap<>(Precision.class);
    compute.put(Precision.BF16, supported(989.5));
    compute.put(Precision.FP16, supported(989.5));
    compute.put(Precision.FP8, supported(1979));
    compute.put(Precision.FP4, unsupported());
    return new ChipSpec("h200-sxm", "H200 SXM", 141.0, 140.0, 4800.0, compute, 900.0);
  }

  static ChipSpec h20() {
    Map<Precision, ChipSpec.PrecisionSupport> compute = new EnumMap<>(Precision.class);
    compute.put(Precision.BF16, supported(148));
    compute.put(Precision.FP8, supported(296));
    compute.put(Precision.FP4, unsupported());
    return new ChipSpec("h20", "H20", 96.0, 95.6, 4000.0, compute, 900.0);
  }

  static ChipSpec rtx4090() {
    Map<Precision, ChipSpec.PrecisionSupport> compute = new EnumMap<>(Precision.class);
    compute.put(Precision.BF16, supported(165.2));
    compute.put(Precision.FP16, supported(165.2));
    compute.put(Precision.FP8, supported(330.3));
    compute.put(Precision.FP4, unsupported());
    return new ChipSpec("rtx-4090", "GeForce RTX 4090", 24.0, null, 1008.0, compute, null);
  }

  static ChipSpec b200() {
    Map<Precision, ChipSpec.PrecisionSupport> compute = new EnumMap<>(Precision.class);
    compute.put(Precision.BF16, supported(2250));
    compute.put(Precision.FP8, supported(4500));
    compute.put(Precision.FP4, supported(9000));
    return new ChipSpec("b200", "B200", 192.0, 180.0, 8000.0, compute, 1800.0);
  }

  /** A chip whose memory bandwidth is unpublished (Zhenwu M890). */
  static ChipSpec zhenwuM890() {
    Map<Precision, ChipSpec.PrecisionSupport> compute = new EnumMap<>(Precision.class);
    compute.put(Precision.FP8, new ChipSpec.PrecisionSupport(true, null));
    return new ChipSpec("zhenwu-m890", "Zhenwu M890", 144.0, null, null, compute, 800.0);
  }

  static ModelArchitecture model(String slug) {
    return SeedCatalog.get().model(slug);
  }

  /** One request of {@code context} tokens (the prompt fills it) on the given chips, vLLM. */
  static DeploymentRequest request(Integer chips, WeightFormat weights, int context) {
    return DeploymentRequest.builder(context).chips(chips).weights(weights).build();
  }

  /** A request shape with an engine. */
  static DeploymentRequest request(
      ServingEngine engine,
      Integer chips,
      WeightFormat weights,
      int context,
      int input,
      int output,
      Concurrency concurrency) {
    return DeploymentRequest.builder(context)
        .chips(chips)
        .weights(weights)
        .shape(input, output)
        .concurrency(concurrency)
        .engine(engine)
        .build();
  }

  private static ChipSpec.PrecisionSupport supported(double tflops) {
    return new ChipSpec.PrecisionSupport(true, tflops);
  }

  private static ChipSpec.PrecisionSupport unsupported() {
    return new ChipSpec.PrecisionSupport(false, null);
  }
}
