package io.canrun.policy.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding for figures shown to people, so 1978.9 × 8 prints as 15831.2, not 15831.199999. */
final class Numbers {

  private Numbers() {}

  static double round(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }

  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
