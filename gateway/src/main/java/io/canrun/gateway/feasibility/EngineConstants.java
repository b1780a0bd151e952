package io.canrun.gateway.feasibility;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Every assumption the engine makes, in one place, each overridable per request by name. Defaults
 * come from the serving engines' documented behaviour and are calibrated on published measurements
 * (see {@code CalibrationTest}); the ranges bound what an override may set.
 *
 * @param memoryUtilization share of a chip's memory a serving engine lets itself use (vLLM's
 *     default {@code gpu_memory_utilization} is 0.90)
 * @param runtimeReserveGiB per-chip memory for activations, CUDA graphs and the runtime context
 *     (0.5-3.5 GiB in the estimators surveyed; 1.5 GiB is the middle of what engines log)
 * @param collectiveBufferGiB per-chip buffers for collectives when a model spans chips (NCCL uses
 *     342-392 MB by TP degree, per aiconfigurator's memory model)
 * @param denseDecodeEfficiency achieved share of peak memory bandwidth in decode for dense models
 *     (60-85 % in mature engines; 0.70 reproduces NIM's Llama-3.3-70B FP8 TP2 figure within 10 %)
 * @param moeDecodeEfficiency the same for MoE models, whose small-batch expert kernels achieve far
 *     less (0.30 reproduces the Qwen team's Qwen3-30B-A3B on H20 figure within 15 %)
 * @param prefillComputeEfficiency model FLOPs utilisation in prefill (published 35-70 %)
 * @param decodeComputeEfficiency FLOPs utilisation used for the compute bound of large batches
 * @param allReduceLatencyMicros latency of one tensor-parallel all-reduce (aiconfigurator uses 10
 *     us point-to-point on H100); a decode step makes two per layer
 * @param stepOverheadMillis fixed per-step cost of scheduling and kernel launches
 * @param defaultScaleUpDomain chips that can share tensor parallelism when no system says otherwise
 *     (one 8-accelerator node)
 * @param pcieGBps per-direction bandwidth between chips that have no scale-up link (PCIe Gen5 x16)
 */
public record EngineConstants(
    double memoryUtilization,
    double runtimeReserveGiB,
    double collectiveBufferGiB,
    double denseDecodeEfficiency,
    double moeDecodeEfficiency,
    double prefillComputeEfficiency,
    double decodeComputeEfficiency,
    double allReduceLatencyMicros,
    double stepOverheadMillis,
    double defaultScaleUpDomain,
    double pcieGBps) {

  public static final EngineConstants DEFAULTS =
      new EngineConstants(0.90, 1.5, 0.4, 0.70, 0.30, 0.45, 0.45, 10, 1.0, 8, 64);

  private static final Map<String, Constant> CONSTANTS = new LinkedHashMap<>();

  static {
    define("memoryUtilization", 0.1, 1.0, EngineConstants::memoryUtilization);
    define("runtimeReserveGiB", 0, 64, EngineConstants::runtimeReserveGiB);
    define("collectiveBufferGiB", 0, 16, EngineConstants::collectiveBufferGiB);
    define("denseDecodeEfficiency", 0.01, 1.0, EngineConstants::denseDecodeEfficiency);
    define("moeDecodeEfficiency", 0.01, 1.0, EngineConstants::moeDecodeEfficiency);
    define("prefillComputeEfficiency", 0.01, 1.0, EngineConstants::prefillComputeEfficiency);
    define("decodeComputeEfficiency", 0.01, 1.0, EngineConstants::decodeComputeEfficiency);
    define("allReduceLatencyMicros", 0, 10_000, EngineConstants::allReduceLatencyMicros);
    define("stepOverheadMillis", 0, 1_000, EngineConstants::stepOverheadMillis);
    define("defaultScaleUpDomain", 1, 1_000_000, EngineConstants::defaultScaleUpDomain);
    define("pcieGBps", 1, 10_000, EngineConstants::pcieGBps);
  }

  private static void define(
      String name, double min, double max, Function<EngineConstants, Double> getter) {
    CONSTANTS.put(name, new Constant(min, max, getter));
  }

  /** The names an override may use, in declaration order. */
  public static Iterable<String> names() {
    return CONSTANTS.keySet();
  }

  /** The value of one constant by name. */
  public double value(String name) {
    Constant constant = CONSTANTS.get(name);
    if (constant == null) {
      throw new IllegalArgumentException("no engine constant named '" + name + "'");
    }
    return constant.getter.apply(this);
  }

  /**
   * These constants with some replaced.
   *
   * @throws IllegalArgumentException naming the constant that is unknown or out of range
   */
  public EngineConstants with(Map<String, Double> overrides) {
    Map<String, Double> values = new LinkedHashMap<>();
    CONSTANTS.forEach((name, constant) -> values.put(name, constant.getter.apply(this)));
    overrides.forEach(
        (name, value) -> {
          Constant constant = CONSTANTS.get(name);
          if (constant == null) {
            throw new IllegalArgumentException(
                "no engine constant named '" + name + "'; known: " + String.join(", ", names()));
          }
          if (value == null || !(value >= constant.min && value <= constant.max)) {
            throw new IllegalArgumentException(
                name + " must be between " + constant.min + " and " + constant.max);
          }
          values.put(name, value);
        });
    return new EngineConstants(
        values.get("memoryUtilization"),
        values.get("runtimeReserveGiB"),
        values.get("collectiveBufferGiB"),
        values.get("denseDecodeEfficiency"),
        values.get("moeDecodeEfficiency"),
        values.get("prefillComputeEfficiency"),
        values.get("decodeComputeEfficiency"),
        values.get("allReduceLatencyMicros"),
        values.get("stepOverheadMillis"),
        values.get("defaultScaleUpDomain"),
        values.get("pcieGBps"));
  }

  private record Constant(double min, double max, Function<EngineConstants, Double> getter) {}
}
