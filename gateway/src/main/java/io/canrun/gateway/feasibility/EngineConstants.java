package io.canrun.gateway.feasibility;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Per-request overrides of the engine profile and the calibration, by name. Without an override
 * each figure comes from the data files (engine profile, calibration row), except the three
 * hardware assumptions below that have fixed documented defaults. The ranges bound what an override
 * may set.
 *
 * <ul>
 *   <li>{@code memoryUtilization}: vLLM's gpu_memory_utilization, SGLang's mem_fraction_static or
 *       TensorRT-LLM's free-memory fraction;
 *   <li>{@code maxBatchedTokens}, {@code maxSequences}: the scheduler limits (activation peak,
 *       largest batch);
 *   <li>{@code decodeEfficiency}, {@code prefillEfficiency}: achieved share of peak bandwidth in
 *       decode and of peak FLOPS in prefill;
 *   <li>{@code stepOverheadMillis}, {@code layerOverheadMicros}, {@code collectiveLatencyMicros}:
 *       fixed cost per decode step, per layer, and per collective;
 *   <li>{@code defaultScaleUpDomain} (8): chips that share tensor parallelism when no system says
 *       otherwise — one 8-accelerator node;
 *   <li>{@code scaleOutGBps} (50): one-direction bandwidth per chip between nodes — 400 Gb/s, one
 *       ConnectX-7 port per GPU as in a DGX H100;
 *   <li>{@code pcieGBps} (32): one-direction bandwidth between chips without a scale-up link — PCIe
 *       Gen4 x16.
 * </ul>
 */
public final class EngineConstants {

  private static final Map<String, Range> RANGES = new LinkedHashMap<>();
  private static final Map<String, Double> FIXED_DEFAULTS =
      Map.of("defaultScaleUpDomain", 8.0, "scaleOutGBps", 50.0, "pcieGBps", 32.0);

  static {
    RANGES.put("memoryUtilization", new Range(0.1, 1.0));
    RANGES.put("maxBatchedTokens", new Range(1, 10_000_000));
    RANGES.put("maxSequences", new Range(1, 10_000_000));
    RANGES.put("decodeEfficiency", new Range(0.01, 1.0));
    RANGES.put("prefillEfficiency", new Range(0.01, 1.0));
    RANGES.put("stepOverheadMillis", new Range(0, 1_000));
    RANGES.put("layerOverheadMicros", new Range(0, 10_000));
    RANGES.put("collectiveLatencyMicros", new Range(0, 10_000));
    RANGES.put("defaultScaleUpDomain", new Range(1, 1_000_000));
    RANGES.put("scaleOutGBps", new Range(1, 100_000));
    RANGES.put("pcieGBps", new Range(1, 100_000));
  }

  /** No overrides. */
  public static final EngineConstants DEFAULTS = new EngineConstants(Map.of());

  private final Map<String, Double> overrides;

  private EngineConstants(Map<String, Double> overrides) {
    this.overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
  }

  /** The names an override may use, in a stable order. */
  public static Iterable<String> names() {
    return RANGES.keySet();
  }

  /** The overrides this request set. */
  public Map<String, Double> overrides() {
    return overrides;
  }

  /**
   * These constants with some replaced.
   *
   * @throws IllegalArgumentException naming the constant that is unknown or out of range
   */
  public EngineConstants with(Map<String, Double> changes) {
    Map<String, Double> values = new LinkedHashMap<>(overrides);
    changes.forEach(
        (name, value) -> {
          Range range = RANGES.get(name);
          if (range == null) {
            throw new IllegalArgumentException(
                "no engine constant named '"
                    + name
                    + "'; known: "
                    + String.join(", ", RANGES.keySet()));
          }
          if (value == null || !(value >= range.min && value <= range.max)) {
            throw new IllegalArgumentException(
                name + " must be between " + range.min + " and " + range.max);
          }
          values.put(name, value);
        });
    return new EngineConstants(values);
  }

  /** The override of {@code name}, or null when the request left it to the data. */
  Double override(String name) {
    return overrides.get(name);
  }

  /** An override or the data's value. */
  Double orElse(String name, Double fromData) {
    Double value = overrides.get(name);
    return value != null ? value : fromData;
  }

  int scaleUpDomain() {
    return (int) fixed("defaultScaleUpDomain");
  }

  double scaleOutGBps() {
    return fixed("scaleOutGBps");
  }

  double pcieGBps() {
    return fixed("pcieGBps");
  }

  private double fixed(String name) {
    return overrides.getOrDefault(name, FIXED_DEFAULTS.get(name));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EngineConstants o && overrides.equals(o.overrides);
  }

  @Override
  public int hashCode() {
    return Objects.hash(overrides);
  }

  @Override
  public String toString() {
    return "EngineConstants" + overrides;
  }

  private record Range(double min, double max) {}
}
