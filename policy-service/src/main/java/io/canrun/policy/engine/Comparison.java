package io.canrun.policy.engine;

import java.util.Arrays;
import java.util.Optional;

/** The comparison of a threshold test, written as in the regulation. */
public enum Comparison {
  GE(">=", "≥"),
  GT(">", ">"),
  LE("<=", "≤"),
  LT("<", "<"),
  EQ("==", "=");

  private final String code;
  private final String symbol;

  Comparison(String code, String symbol) {
    this.code = code;
    this.symbol = symbol;
  }

  public String code() {
    return code;
  }

  public String symbol() {
    return symbol;
  }

  public boolean test(double value, double threshold) {
    return switch (this) {
      case GE -> value >= threshold;
      case GT -> value > threshold;
      case LE -> value <= threshold;
      case LT -> value < threshold;
      case EQ -> value == threshold;
    };
  }

  public static Optional<Comparison> byCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
