package io.canrun.policy.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Operand formats a datasheet quotes dense throughput for, with the bit length the 3A090 TPP
 * formula multiplies by (the largest input bit length of the multiply).
 */
public enum Precision {
  FP64(64),
  FP32(32),
  /**
   * Nominally 32 bits wide, but only 19 bits are significant (1 sign, 8 exponent, 10 mantissa). The
   * rule text does not say which counts; canrun uses the nominal 32 and says so in the trace.
   */
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

  public static Optional<Precision> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(p -> p.name().equals(wanted)).findFirst();
  }

  public static List<String> names() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
