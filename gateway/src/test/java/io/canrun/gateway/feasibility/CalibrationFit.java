package io.canrun.gateway.feasibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fits calibration rows to the measurements they name, through the engine's own model of each
 * measurement, and builds leave-one-out tables. The expected values are the published figures.
 *
 * <ul>
 *   <li>decode efficiency η: the value at which the engine reproduces the row's decode, TPOT and
 *       throughput measurements on average (mean log ratio zero; found by bisection, since every
 *       such figure moves monotonically with η);
 *   <li>prefill MFU and per-layer cost c: least squares over t − collectives = layers × c + FLOP
 *       time / MFU for compute-bound prompts, and layers × c + weight-read time / η for prompts so
 *       short that reading the weights bounds them.
 * </ul>
 */
final class CalibrationFit {

  private final SeedCatalog catalog;
  private final Map<String, Measurement> measurements;

  CalibrationFit(SeedCatalog catalog) {
    this.catalog = catalog;
    this.measurements =
        Measurement.all().stream().collect(Collectors.toMap(Measurement::id, Function.identity()));
  }

  /** What a row's measurements say its figures should be (null: the row does not fit that). */
  record Fitted(String row, Double decodeEfficiency, Double prefillMfu, Double prefillLayerUs) {}

  /** Fits {@code row} on {@code ids}, decomposing with {@code table}. */
  Fitted fit(CalibrationTable table, CalibrationTable.Row row, List<String> ids) {
    FeasibilityEngine engine = new FeasibilityEngine(table);
    List<Measurement> speed = new ArrayList<>();
    List<Measurement> prefill = new ArrayList<>();
    for (String id : ids) {
      Measurement m = measurements.get(id);
      if (m == null) {
        throw new IllegalStateException(row.id() + " names unknown measurement " + id);
      }
      if (m.quantity().equals("ttft")) {
        prefill.add(m);
      } else if (List.of("decode", "tpot", "throughput").contains(m.quantity())) {
        speed.add(m);
      } else {
        throw new IllegalStateException(row.id() + " cannot be fitted on " + m.kind());
      }
    }
    Double efficiency = speed.isEmpty() ? null : efficiency(engine, speed);
    // Two unknowns need two prompt lengths at least.
    double[] fitted = prefill.size() < 2 ? null : prefill(engine, prefill);
    return new Fitted(
        row.id(), efficiency, fitted == null ? null : fitted[0], fitted == null ? null : fitted[1]);
  }

  /**
   * The published row a measurement belongs to: D12a and D12b (two prompt lengths of one
   * benchmark), T11 and T11t (throughput and per-user speed of one run) are one row of
   * calibration-measurements.md, and leave-one-out leaves the whole row out.
   */
  static String publishedRow(String id) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Z]\\d+)[a-z]*$").matcher(id);
    return m.matches() ? m.group(1) : id;
  }

  /**
   * The table with every row that was fitted on the published row {@code left} refitted on its
   * other measurements, or dropped when nothing else remains to fit it.
   */
  CalibrationTable leaveOut(CalibrationTable table, String left) {
    List<CalibrationTable.Row> refitted = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (CalibrationTable.Row row : table.rows()) {
      List<String> rest = new ArrayList<>();
      for (String id : row.fittedOn()) {
        if (!publishedRow(id).equals(left)) {
          rest.add(id);
        }
      }
      if (rest.size() == row.fittedOn().size()) {
        continue;
      }
      Fitted fit = rest.isEmpty() ? null : fit(table, row, rest);
      boolean keepsSomething =
          fit != null && (fit.decodeEfficiency() != null || fit.prefillMfu() != null);
      if (!keepsSomething) {
        dropped.add(row.id());
        continue;
      }
      refitted.add(
          new CalibrationTable.Row(
              row.id(),
              row.chip(),
              row.engine(),
              row.precision(),
              row.arch(),
              row.tp(),
              fit.decodeEfficiency(),
              row.stepMs(),
              row.layerUs(),
              row.collectiveUs(),
              fit.prefillMfu(),
              fit.prefillLayerUs(),
              row.rangePct(),
              rest));
    }
    return table.with(refitted, dropped);
  }

  private double efficiency(FeasibilityEngine engine, List<Measurement> rows) {
    double low = 0.02;
    double high = 1.0;
    for (int i = 0; i < 50; i++) {
      double middle = (low + high) / 2;
      if (meanLogRatio(engine, rows, middle) > 0) {
        high = middle;
      } else {
        low = middle;
      }
    }
    return (low + high) / 2;
  }

  /** Mean of log(predicted speed / measured speed) at efficiency η: rises with η. */
  private double meanLogRatio(FeasibilityEngine engine, List<Measurement> rows, double efficiency) {
    double sum = 0;
    for (Measurement m : rows) {
      DeploymentRequest r = m.request();
      DeploymentRequest pinned =
          new DeploymentRequest(
              r.chipCount(),
              r.maxChips(),
              r.scaleUpDomain(),
              r.weightFormat(),
              r.kvFormat(),
              r.contextTokens(),
              r.inputTokens(),
              r.outputTokens(),
              r.concurrency(),
              r.engine(),
              r.constantsOrDefault().with(Map.of("decodeEfficiency", efficiency)));
      Estimate.Performance p =
          engine.estimate(catalog.model(m.model()), catalog.chip(m.chip()), pinned).performance();
      double ratio =
          switch (m.quantity()) {
            case "decode" -> p.decodeTokensPerSecond() / m.expectedNumber();
            case "throughput" -> p.outputTokensPerSecond() / m.expectedNumber();
            case "tpot" -> m.expectedNumber() / p.timePerOutputTokenMs();
            default -> throw new IllegalStateException(m.kind());
          };
      sum += Math.log(ratio);
    }
    return sum / rows.size();
  }

  /** {MFU, per-layer microseconds} by least squares, memory-bound prompts handled apart. */
  private double[] prefill(FeasibilityEngine engine, List<Measurement> rows) {
    List<double[]> points = new ArrayList<>();
    for (Measurement m : rows) {
      SpeedModel speed =
          engine.speedModel(catalog.model(m.model()), catalog.chip(m.chip()), m.request());
      SpeedModel.Parts parts = speed.prefillParts(m.input());
      double layers = catalog.model(m.model()).layers();
      double memory = parts.memory() / speed.calibration().decodeEfficiency();
      double measured = m.expectedNumber() / 1e3 - parts.communication();
      points.add(new double[] {layers, parts.compute(), memory, measured});
    }
    double[] fit = leastSquares(points, new boolean[points.size()]);
    for (int round = 0; round < 5; round++) {
      boolean[] memoryBound = new boolean[points.size()];
      for (int i = 0; i < points.size(); i++) {
        double[] p = points.get(i);
        memoryBound[i] = p[2] > p[1] / fit[0];
      }
      fit = leastSquares(points, memoryBound);
    }
    return new double[] {fit[0], fit[1] * 1e6};
  }

  /**
   * Solves t = layers·c + compute·y (y = 1/MFU) for compute-bound points and t − memory = layers·c
   * for memory-bound ones, in the least-squares sense; returns {MFU, c}.
   */
  private static double[] leastSquares(List<double[]> points, boolean[] memoryBound) {
    double sll = 0;
    double slc = 0;
    double scc = 0;
    double slt = 0;
    double sct = 0;
    for (int i = 0; i < points.size(); i++) {
      double[] p = points.get(i);
      double compute = memoryBound[i] ? 0 : p[1];
      double target = memoryBound[i] ? p[3] - p[2] : p[3];
      sll += p[0] * p[0];
      slc += p[0] * compute;
      scc += compute * compute;
      slt += p[0] * target;
      sct += compute * target;
    }
    double det = sll * scc - slc * slc;
    double c = (slt * scc - sct * slc) / det;
    double y = (sll * sct - slc * slt) / det;
    return new double[] {1 / y, c};
  }
}
