package io.canrun.gateway.feasibility;

import java.util.Map;

/**
 * One weight format's storage and execution rules, from {@code formats.tsv}.
 *
 * @param compute the chip precision its matrix multiplies use natively
 * @param weightOnly whether it also runs dequantized into BF16/FP16 matmuls on chips without that
 *     precision (slower, same memory)
 * @param precisionClass the calibration group: w16, w8 or w4
 * @param kvBytes bytes per cached element when used for the KV cache, or null when it is not a
 *     KV-cache format
 */
record FormatSpec(
    Map<TensorClass, Double> bytes,
    Precision compute,
    boolean weightOnly,
    String precisionClass,
    Double kvBytes) {

  double bytesPerParam(TensorClass tensor) {
    return bytes.get(tensor);
  }
}
