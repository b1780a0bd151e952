package io.canrun.policy.engine;

import java.util.Arrays;
import java.util.List;

/** One numeric test of a classification clause, e.g. {@code tpp ≥ 4800}. */
public record ThresholdTest(Metric metric, Comparison comparison, double threshold) {

  /**
   * Parses the stored form {@code "tpp >= 1600 and performanceDensity >= 5.92"}; an empty text is
   * no test.
   */
  public static List<ThresholdTest> parseAll(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.trim().split("\\s+and\\s+")).map(ThresholdTest::parse).toList();
  }

  private static ThresholdTest parse(String test) {
    String[] parts = test.trim().split("\\s+");
    if (parts.length != 3) {
      throw new IllegalArgumentException("Expected 'metric op threshold', got '" + test + "'");
    }
    Metric metric =
        Metric.byKey(parts[0])
            .orElseThrow(() -> new IllegalArgumentException("Unknown metric " + parts[0]));
    Comparison comparison =
        Comparison.byCode(parts[1])
            .orElseThrow(() -> new IllegalArgumentException("Unknown comparison " + parts[1]));
    return new ThresholdTest(metric, comparison, Double.parseDouble(parts[2]));
  }

  public String describe() {
    return metric.key() + " " + comparison.symbol() + " " + Numbers.plain(threshold);
  }
}
