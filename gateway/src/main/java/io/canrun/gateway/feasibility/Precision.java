package io.canrun.gateway.feasibility;

/** A number format a chip computes in, with its operand width. */
public enum Precision {
  FP64(64),
  FP32(32),
  TF32(32),
  BF16(16),
  FP16(16),
  FP8(8),
  INT8(8),
  FP4(4);

  private final int bits;

  Precision(int bits) {
    this.bits = bits;
  }

  public int bits() {
    return bits;
  }
}
