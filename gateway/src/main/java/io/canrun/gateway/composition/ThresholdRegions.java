package io.canrun.gateway.composition;

import io.canrun.gateway.api.Thresholds;
import io.canrun.gateway.client.ClassificationCriteria;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns policy-service's criteria into what a TPP × performance-density chart draws: each prong a
 * rectangle on the two axes, every other clause a qualification in words.
 */
public final class ThresholdRegions {

  public static final String TPP = "tpp";
  public static final String PERFORMANCE_DENSITY = "performanceDensity";
  private static final String PRONG = "PRONG";

  private ThresholdRegions() {}

  public static List<Thresholds.Region> regions(ClassificationCriteria criteria) {
    List<Thresholds.Region> regions = new ArrayList<>();
    for (ClassificationCriteria.Criterion criterion : criteria.criteria()) {
      if (!PRONG.equals(criterion.kind())) {
        continue;
      }
      Bounds tpp = new Bounds();
      Bounds density = new Bounds();
      List<String> alsoRequires = new ArrayList<>();
      for (ClassificationCriteria.Test test : tests(criterion)) {
        boolean comparable = test.threshold() != null && test.comparison() != null;
        if (comparable && TPP.equals(test.metric())) {
          tpp.add(test);
        } else if (comparable && PERFORMANCE_DENSITY.equals(test.metric())) {
          density.add(test);
        } else {
          // Another quantity, or a test this chart cannot read: said in words, not drawn.
          alsoRequires.add(test.text());
        }
      }
      regions.add(
          new Thresholds.Region(
              criterion.clause(),
              criterion.resultClass(),
              tpp.range(),
              density.range(),
              texts(criterion),
              alsoRequires,
              criterion.citation()));
    }
    return regions;
  }

  public static List<Thresholds.Qualification> qualifications(ClassificationCriteria criteria) {
    return criteria.criteria().stream()
        .filter(c -> !PRONG.equals(c.kind()))
        .map(
            c ->
                new Thresholds.Qualification(
                    c.clause(), c.kind(), texts(c), c.note(), c.citation()))
        .toList();
  }

  private static List<ClassificationCriteria.Test> tests(ClassificationCriteria.Criterion c) {
    return c.tests() == null ? List.of() : c.tests();
  }

  private static List<String> texts(ClassificationCriteria.Criterion c) {
    return tests(c).stream().map(ClassificationCriteria.Test::text).toList();
  }

  /** The tightest lower and upper bound the tests of one prong put on one quantity. */
  private static final class Bounds {
    private Double min;
    private Double max;

    void add(ClassificationCriteria.Test test) {
      double threshold = test.threshold();
      switch (test.comparison()) {
        case ">=", ">" -> min = min == null ? threshold : Math.max(min, threshold);
        case "<", "<=" -> max = max == null ? threshold : Math.min(max, threshold);
        default -> {
          min = threshold;
          max = threshold;
        }
      }
    }

    Thresholds.Range range() {
      return new Thresholds.Range(min, max);
    }
  }
}
