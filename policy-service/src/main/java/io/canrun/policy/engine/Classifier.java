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
    ItemMeasures measures = ItemMeasures.of(item);
    List<String> notes = new ArrayList<>(measures.notes());
    Map<Metric, Double> metrics = measures.values();
    Double density = metrics.get(Metric.PERFORMANCE_DENSITY);

    List<ClassificationCriterion> inForce =
        criteria.stream().filter(c -> c.classifies(item.type()) && c.inForceOn(asOf)).toList();
    List<TraceEntry> trace = new ArrayList<>();
    Double tppValue = metrics.get(Metric.TPP);
    String precision = measures.tppPrecision();
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
    if (interconnectTested && measures.pcieOnlyBound()) {
      notes.add(ItemMeasures.PCIE_ONLY_NOTE);
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
}
