package io.canrun.gateway.feasibility;

import java.util.EnumMap;
import java.util.Map;

/** Catalog facts (shared/data/catalog-specs.md, tables A1 and B1) used by the engine tests. */
final class Specs {

  private Specs() {}

  static ChipSpec h100() {
    Map<Precision, ChipSpec.PrecisionSupport> compute = new EnumMap<>(Precision.class);
    compute.put(Precision.BF16, supported(989.4));
    compute.put(Precision.FP16, supported(989.4));
    compute.put(Precision.FP8, supported(1978.9));
    compute.put(Precision.INT8, supported(1978.9));
    compute.put(Precision.FP4, new ChipSpec.PrecisionSupport(false, null));
    return new ChipSpec("h100-sxm", "H100 SXM5 80GB", 80.0, 79.6, 3350.0, compute, 900.0);
  }

  static ChipSpec a100() {
    Map<Precision, ChipSpec.PrecisionSupport> compute = new EnumMap<>(Precision.class);
    compute.put(Precision.BF16, supported(312));
    compute.put(Precision.FP16, supported(312));
    compute.put(Precision.FP8, new ChipSpec.PrecisionSupport(false, null));
    compute.put(Precision.INT8, supported(624));
    return new ChipSpec("a100-sxm-80gb", "A100 SXM 80GB", 80.0, null, 2039.0, compute, 600.0);
  }

  static ChipSpec h200() {
    Map<Precision, ChipSpec.PrecisionSupport> compute = new EnumMap<>(Precision.class);
    compute.put(Precision.BF16, supported(989.5));
    compute.put(Precision.FP8, supported(1979));
    return new ChipSpec("h200-sxm", "H200 SXM", 141.0, 140.0, 4800.0, compute, 900.0);
  }

  static ChipSpec h20() {
    Map<Precision, ChipSpec.PrecisionSupport> compute = new EnumMap<>(Precision.class);
    compute.put(Precision.BF16, supported(148));
    compute.put(Precision.FP8, supported(296));
    return new ChipSpec("h20", "H20", 96.0, 95.6, 4000.0, compute, 900.0);
  }

  static ChipSpec mttS5000() {
    Map<Precision, ChipSpec.PrecisionSupport> compute = new EnumMap<>(Precision.class);
    compute.put(Precision.BF16, new ChipSpec.PrecisionSupport(true, null));
    compute.put(Precision.FP8, supported(1000));
    compute.put(Precision.FP4, new ChipSpec.PrecisionSupport(false, null));
    return new ChipSpec("mtt-s5000", "MTT S5000", 80.0, null, 1600.0, compute, 784.0);
  }

  static ChipSpec zhenwuM890() {
    Map<Precision, ChipSpec.PrecisionSupport> compute = new EnumMap<>(Precision.class);
    compute.put(Precision.FP8, new ChipSpec.PrecisionSupport(true, null));
    return new ChipSpec("zhenwu-m890", "Zhenwu M890", 144.0, null, null, compute, 800.0);
  }

  static ModelArchitecture llama70b() {
    return new ModelArchitecture(
        "llama-3.1-70b",
        "Llama 3.1 70B",
        70.6,
        70.6,
        false,
        null,
        null,
        80,
        8192,
        64,
        8,
        128,
        AttentionKind.GQA,
        80,
        null,
        null,
        null,
        null,
        131072,
        WeightFormat.BF16);
  }

  static ModelArchitecture deepseekV3() {
    return new ModelArchitecture(
        "deepseek-v3",
        "DeepSeek-V3",
        671.0,
        37.0,
        true,
        256,
        8,
        61,
        7168,
        128,
        null,
        128,
        AttentionKind.MLA,
        61,
        512,
        64,
        null,
        null,
        163840,
        WeightFormat.FP8);
  }

  static ModelArchitecture qwen35_397b() {
    return new ModelArchitecture(
        "qwen3.5-397b-a17b",
        "Qwen3.5-397B-A17B",
        397.0,
        17.0,
        true,
        512,
        10,
        60,
        4096,
        32,
        2,
        256,
        AttentionKind.HYBRID_LINEAR,
        15,
        null,
        null,
        null,
        188_743_680L,
        262144,
        WeightFormat.BF16);
  }

  static ModelArchitecture qwen3_30b() {
    return new ModelArchitecture(
        "qwen3-30b-a3b",
        "Qwen3-30B-A3B",
        30.5,
        3.3,
        true,
        128,
        8,
        48,
        2048,
        32,
        4,
        128,
        AttentionKind.GQA,
        48,
        null,
        null,
        null,
        null,
        32768,
        WeightFormat.BF16);
  }

  static ModelArchitecture gptOss120b() {
    return new ModelArchitecture(
        "gpt-oss-120b",
        "gpt-oss-120b",
        116.8,
        5.1,
        true,
        128,
        4,
        36,
        2880,
        64,
        8,
        64,
        AttentionKind.SLIDING_WINDOW,
        18,
        null,
        null,
        128,
        null,
        131072,
        WeightFormat.MXFP4);
  }

  static ModelArchitecture jiutian() {
    return new ModelArchitecture(
        "jiutian-35b",
        "Jiutian 35B",
        35.0,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static DeploymentRequest request(
      Integer chips, WeightFormat weights, int context, int concurrency) {
    return new DeploymentRequest(
        chips, null, null, weights, null, context, concurrency, EngineConstants.DEFAULTS);
  }

  private static ChipSpec.PrecisionSupport supported(double tflops) {
    return new ChipSpec.PrecisionSupport(true, tflops);
  }
}
