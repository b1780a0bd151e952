package io.canrun.gateway.feasibility;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How weights (or the KV cache) are stored. The bytes per tensor class, the compute precision each
 * needs and whether it runs weight-only come from {@code formats.tsv}, with their sources.
 */
public enum WeightFormat {
  BF16,
  FP16,
  FP8,
  INT8,
  INT4,
  MXFP4,
  NVFP4,
  Q4_0,
  Q8_0;

  private static final Map<WeightFormat, FormatSpec> SPECS = load();

  FormatSpec spec() {
    return SPECS.get(this);
  }

  /** The chip precision the matrix multiplies run in natively. */
  public Precision compute() {
    return spec().compute();
  }

  /** Whether the format also runs as weight-only dequantization on chips lacking its precision. */
  public boolean runsWeightOnly() {
    return spec().weightOnly();
  }

  /** Bytes per cached K/V element, or null when this is not a KV-cache format. */
  public Double kvBytes() {
    return spec().kvBytes();
  }

  /** The allowed values, in declaration order, for messages that name them. */
  public static String allowed() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /**
   * The format named {@code value} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the allowed values
   */
  public static WeightFormat parse(String value) {
    for (WeightFormat format : values()) {
      if (format.name().equalsIgnoreCase(value)) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown precision '" + value + "'; allowed: " + allowed());
  }

  private static Map<WeightFormat, FormatSpec> load() {
    Map<WeightFormat, FormatSpec> specs = new EnumMap<>(WeightFormat.class);
    List<Map<String, String>> rows = TsvTable.read("formats.tsv");
    for (Map<String, String> row : rows) {
      WeightFormat format =
          Arrays.stream(values())
              .filter(f -> f.name().equals(row.get("format")))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("formats.tsv: unknown " + row));
      Map<TensorClass, Double> bytes = new EnumMap<>(TensorClass.class);
      bytes.put(TensorClass.EMBEDDING, TsvTable.number(row, "embedding"));
      bytes.put(TensorClass.LM_HEAD, TsvTable.number(row, "lmHead"));
      bytes.put(TensorClass.ATTENTION, TsvTable.number(row, "attention"));
      bytes.put(TensorClass.MLP, TsvTable.number(row, "mlp"));
      bytes.put(TensorClass.EXPERTS, TsvTable.number(row, "experts"));
      bytes.put(TensorClass.ROUTERS_AND_NORMS, TsvTable.number(row, "routersNorms"));
      specs.put(
          format,
          new FormatSpec(
              bytes,
              Precision.valueOf(row.get("compute")),
              row.get("weightOnly").equals("yes"),
              row.get("precisionClass"),
              TsvTable.number(row, "kvBytes")));
    }
    if (specs.size() != values().length) {
      throw new IllegalStateException("formats.tsv must describe every weight format");
    }
    return specs;
  }
}
