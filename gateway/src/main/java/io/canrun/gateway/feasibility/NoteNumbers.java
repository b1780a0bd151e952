package io.canrun.gateway.feasibility;

/**
 * How figures are written in an estimate's notes: grouped thousands, one decimal, whole
 * percentages. Written by hand because a formatter per note costs more than the estimate itself.
 */
final class NoteNumbers {

  private NoteNumbers() {}

  /** 30720 as "30,720". */
  static String grouped(long value) {
    String digits = Long.toString(Math.abs(value));
    StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    if (value < 0) {
      text.append('-');
    }
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    text.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      text.append(',').append(digits, i, i + 3);
    }
    return text.toString();
  }

  /** 12.345 as "12.3". */
  static String tenths(double value) {
    return String.valueOf(Math.round(value * 10) / 10.0);
  }

  /** 0.583 as "58". */
  static String percent(double fraction) {
    return Long.toString(Math.round(fraction * 100));
  }
}
