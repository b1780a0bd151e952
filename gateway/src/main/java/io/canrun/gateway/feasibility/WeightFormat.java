package io.canrun.gateway.feasibility;

/**
 * How weights (or the KV cache) are stored, and the chip precision the matrix multiplies run in.
 * MXFP4 is gpt-oss's layout: MoE experts in 32-element blocks of 4-bit values with an 8-bit shared
 * exponent (4.25 bits), everything else in BF16.
 */
public enum WeightFormat {
  FP32(4.0, Precision.FP32),
  BF16(2.0, Precision.BF16),
  FP16(2.0, Precision.FP16),
  FP8(1.0, Precision.FP8),
  INT8(1.0, Precision.INT8),
  FP4(0.5, Precision.FP4),
  MXFP4(0.53125, Precision.FP4);

  private final double bytesPerParam;
  private final Precision compute;

  WeightFormat(double bytesPerParam, Precision compute) {
    this.bytesPerParam = bytesPerParam;
    this.compute = compute;
  }

  /** Bytes per stored value (for MXFP4: per expert weight; the rest is BF16). */
  public double bytesPerParam() {
    return bytesPerParam;
  }

  /** The precision the chip must support to compute on these weights natively. */
  public Precision compute() {
    return compute;
  }

  /** Wider formats first are the fallbacks when a chip lacks this one. */
  WeightFormat[] widerFallbacks() {
    return switch (this) {
      case FP4, MXFP4 -> new WeightFormat[] {FP8, BF16, FP16, FP32};
      case FP8, INT8 -> new WeightFormat[] {BF16, FP16, FP32};
      case BF16 -> new WeightFormat[] {FP16, FP32};
      case FP16 -> new WeightFormat[] {BF16, FP32};
      case FP32 -> new WeightFormat[] {};
    };
  }
}
