package io.canrun.policy.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classifies an item under the criteria in force on a date. Tests are three-valued: a test whose
 * input is unknown neither passes nor fails, and when such a test could change the class the result
 * is {@link Classification#UNKNOWN}, never a class that relaxes a verdict.
 */
public final class Classifier {

  /** PCIe 6.0 x16, both directions, GB/s: the most any PCIe-only chip can move. */
  static final double PCIE_X16_MAX_GBPS = 256;

  private final List<ClassificationCriterion> criteria;

  public Classifier(List<ClassificationCriterion> criteria) {
    this.criteria =
        criteria.stream()
            .sorted(Comparator.comparingInt(ClassificationCriterion::ordinal))
            .toList();
  }

  public List<ClassificationCriterion> criteria() {
    return criteria;
  }

  public Classification classify(ItemSpec item, LocalDate asOf) {
    List<String> notes = new ArrayList<>();
    Map<Metric, Double> metrics = new LinkedHashMap<>();
    Tpp tpp = null;
    Double density = null;
    if (item.type() == ItemType.HBM) {
      metrics.put(Metric.MEMORY_BANDWIDTH_DENSITY, bandwidthDensity(item, notes));
    } else {
      tpp = tpp(item, notes);
      density = density(item, tpp, notes);
      metrics.put(Metric.TPP, tpp == null ? null : tpp.value());
      metrics.put(Metric.PERFORMANCE_DENSITY, density);
      metrics.put(Metric.INTERCONNECT_GBPS, interconnect(item));
      metrics.put(Metric.DATACENTER, datacenter(item, notes));
    }

    List<ClassificationCriterion> inForce =
        criteria.stream().filter(c -> c.classifies(item.type()) && c.inForceOn(asOf)).toList();
    List<TraceEntry> trace = new ArrayList<>();
    Double tppValue = tpp == null ? null : tpp.value();
    String precision = tpp == null ? null : tpp.precision();
    if (inForce.stream().noneMatch(c -> c.kind() == ClassificationCriterion.Kind.PRONG)) {
      notes.add(
          "No "
              + (item.type() == ItemType.HBM ? "3A090.c (HBM)" : "3A090-style")
              + " classification criteria were in force on "
              + asOf
              + ".");
      return new Classification(
          Classification.NOT_CONTROLLED,
          Classification.NOT_CONTROLLED,
          Classification.NO_VINTAGE,
          tppValue,
          precision,
          density,
          List.of(),
          trace,
          notes);
    }
    String vintage = inForce.get(0).vintage();
    boolean interconnectTested =
        inForce.stream()
            .flatMap(c -> c.tests().stream())
            .anyMatch(test -> test.metric() == Metric.INTERCONNECT_GBPS);
    if (interconnectTested && pcieOnlyBound(item)) {
      notes.add(
          "No chip-to-chip link (PCIe only): aggregate I/O is at most the host link, "
              + Numbers.plain(PCIE_X16_MAX_GBPS)
              + " GB/s both ways for PCIe 6.0 x16 (PCI-SIG), used as the interconnect figure.");
    }

    // Class → outcome of its best prong; classes keep the order of their first prong.
    Map<String, Boolean> classOutcome = new LinkedHashMap<>();
    Set<String> passedClauses = new LinkedHashSet<>();
    Set<String> untestedClauses = new LinkedHashSet<>();
    Boolean exemption = Boolean.FALSE;
    ClassificationCriterion exemptionClause = null;
    for (ClassificationCriterion criterion : inForce) {
      switch (criterion.kind()) {
        case SCOPE_NOTE ->
            trace.add(
                new TraceEntry(
                    criterion.clause(),
                    criterion.tests().isEmpty() ? criterion.clause() : describe(criterion),
                    null,
                    null,
                    false,
                    criterion.note()));
        case PRONG -> {
          Boolean outcome = evaluate(criterion, metrics, trace);
          if (Boolean.TRUE.equals(outcome)) {
            passedClauses.add(criterion.clause());
          } else if (outcome == null) {
            untestedClauses.add(criterion.clause());
          }
          String resultClass = criterion.resultClass();
          classOutcome.put(
              resultClass,
              classOutcome.containsKey(resultClass)
                  ? or(classOutcome.get(resultClass), outcome)
                  : outcome);
        }
        case EXEMPTION -> {
          exemption = evaluate(criterion, metrics, trace);
          exemptionClause = criterion;
        }
      }
    }

    String itemClass = Classification.NOT_CONTROLLED;
    for (Map.Entry<String, Boolean> entry : classOutcome.entrySet()) {
      if (entry.getValue() == null) {
        itemClass = Classification.UNKNOWN;
        break;
      }
      if (entry.getValue()) {
        itemClass = entry.getKey();
        break;
      }
    }
    if (!untestedClauses.isEmpty()) {
      notes.add(
          "Could not test "
              + String.join(", ", untestedClauses)
              + " because an input is unknown"
              + (itemClass.equals(Classification.UNKNOWN)
                  ? "; the class cannot be decided, so verdicts that depend on it say UNKNOWN."
                  : "; the class is decided by the clauses that could be tested."));
    }
    if (!itemClass.equals(Classification.NOT_CONTROLLED) && exemptionClause != null) {
      if (Boolean.TRUE.equals(exemption)) {
        notes.add(exemptionClause.clause() + " applies: " + exemptionClause.note());
        itemClass = Classification.NOT_CONTROLLED;
        passedClauses.clear();
      } else if (exemption == null) {
        notes.add(
            "Whether "
                + exemptionClause.clause()
                + " applies is unknown (market segment or TPP unknown), so the class is unknown.");
        itemClass = Classification.UNKNOWN;
      }
    }
    return new Classification(
        itemClass,
        eccn(item, itemClass, notes),
        vintage,
        tppValue,
        precision,
        density,
        List.copyOf(passedClauses),
        trace,
        notes);
  }

  /** A system takes the 4A090 label of the IC it contains and is licensed as that IC. */
  private static String eccn(ItemSpec item, String itemClass, List<String> notes) {
    if (item.type() != ItemType.SYSTEM || !itemClass.startsWith("3A090")) {
      return itemClass;
    }
    String eccn = Classification.systemEccn(itemClass);
    notes.add(
        "A computer, assembly or component containing a "
            + itemClass
            + " IC is "
            + eccn
            + " (88 FR 73458); it is licensed as the IC it contains.");
    return eccn;
  }

  private static Boolean or(Boolean a, Boolean b) {
    if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
      return true;
    }
    return a == null || b == null ? null : false;
  }

  private static String describe(ClassificationCriterion criterion) {
    return String.join(" and ", criterion.tests().stream().map(ThresholdTest::describe).toList());
  }

  /** All tests must pass; false as soon as one fails, unknown if one is untestable. */
  private static Boolean evaluate(
      ClassificationCriterion criterion, Map<Metric, Double> metrics, List<TraceEntry> trace) {
    Boolean result = true;
    for (ThresholdTest test : criterion.tests()) {
      Double value = metrics.get(test.metric());
      Boolean passed = value == null ? null : test.comparison().test(value, test.threshold());
      String note = value == null ? test.metric().key() + " unknown: not tested" : null;
      if (criterion.kind() == ClassificationCriterion.Kind.EXEMPTION && passed == null) {
        note = test.metric().key() + " unknown: cannot tell whether the carve-out applies";
      }
      trace.add(
          new TraceEntry(
              criterion.clause(),
              test.describe(),
              value == null ? null : display(test.metric(), value),
              test.threshold(),
              passed,
              note));
      if (Boolean.FALSE.equals(passed)) {
        result = false;
      } else if (passed == null && result != null && result) {
        result = null;
      }
    }
    return result;
  }

  private static Double display(Metric metric, double value) {
    return metric == Metric.PERFORMANCE_DENSITY || metric == Metric.MEMORY_BANDWIDTH_DENSITY
        ? Numbers.round(value, 2)
        : value;
  }

  private record Tpp(double value, String precision) {}

  private static Tpp tpp(ItemSpec item, List<String> notes) {
    Tpp best = null;
    for (Map.Entry<Precision, Double> entry : item.tops().entrySet()) {
      Precision precision = entry.getKey();
      double value = Numbers.round(entry.getValue() * precision.bits(), 1);
      if (best == null || value > best.value()) {
        best = new Tpp(value, precision.name());
      }
    }
    if (best == null) {
      notes.add(
          "TPP unknown: no dense throughput figure was given, so every TPP test is untested.");
      return null;
    }
    Precision used = Precision.valueOf(best.precision());
    notes.add(
        "TPP = max over precisions of dense TOPS × bit length; the maximum is "
            + best.precision()
            + ": "
            + Numbers.plain(item.tops().get(used))
            + " × "
            + used.bits()
            + " = "
            + Numbers.plain(best.value())
            + ".");
    if (item.tops().containsKey(Precision.TF32)) {
      notes.add(
          "TF32 counted at its nominal 32 bits; it has 19 significant bits and the rule text does"
              + " not say which length applies.");
    }
    return best;
  }

  private static Double density(ItemSpec item, Tpp tpp, List<String> notes) {
    if (tpp == null) {
      return null;
    }
    if (item.dieAreaMm2() == null || item.dieAreaMm2() <= 0) {
      notes.add(
          "Performance density unknown: the applicable die area was not given, so every"
              + " performance-density test is untested; a class that needs one cannot be ruled in"
              + " or out by it.");
      return null;
    }
    double density = tpp.value() / item.dieAreaMm2();
    notes.add(
        "Performance density = TPP / die area = "
            + Numbers.plain(tpp.value())
            + " / "
            + Numbers.plain(item.dieAreaMm2())
            + " = "
            + Numbers.plain(Numbers.round(density, 2))
            + ".");
    return density;
  }

  /**
   * The 2022 I/O prong's input. A chip whose only link is PCIe moves at most 256 GB/s both ways
   * (PCIe 6.0 x16: 64 GT/s × 16 lanes ≈ 128 GB/s per direction), so its aggregate I/O is bounded by
   * that even when no figure is given; the bound is used as the value and said so.
   */
  private static Double interconnect(ItemSpec item) {
    return pcieOnlyBound(item) ? Double.valueOf(PCIE_X16_MAX_GBPS) : item.interconnectGBps();
  }

  private static boolean pcieOnlyBound(ItemSpec item) {
    return item.interconnectGBps() == null
        && item.scaleUpInterconnect() == ScaleUpInterconnect.NONE;
  }

  /** 3A090.c: bandwidth over the stack or package area; unknown if either is missing. */
  private static Double bandwidthDensity(ItemSpec item, List<String> notes) {
    Double bandwidth = item.memoryBandwidthGBps();
    Double area = item.packageAreaMm2();
    if (bandwidth == null || area == null || area <= 0) {
      notes.add(
          "Memory bandwidth density unknown: 3A090.c needs the memory bandwidth and the stack or"
              + " package area.");
      return null;
    }
    double density = bandwidth / area;
    notes.add(
        "Memory bandwidth density = bandwidth / package area = "
            + Numbers.plain(bandwidth)
            + " / "
            + Numbers.plain(area)
            + " = "
            + Numbers.plain(Numbers.round(density, 2))
            + " GB/s per mm².");
    return density;
  }

  private static Double datacenter(ItemSpec item, List<String> notes) {
    if (item.marketSegment() == null) {
      return null;
    }
    if (item.marketSegment() == MarketSegment.WORKSTATION) {
      notes.add(
          "Workstation part: treated as not designed or marketed for datacenters (assumption).");
    }
    return item.marketSegment() == MarketSegment.DATACENTER ? 1.0 : 0.0;
  }
}
