package io.canrun.gateway.feasibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every row of calibration-measurements.md the catalog can express, put to the engine through the
 * catalog's seed data: chip counts and fits exact, decode within 20 %, TTFT, TPOT and throughput
 * within 25 %, KV-cache capacity within 15 % (the tolerances stated in measurements.tsv). The
 * expected values are the published figures. The test also writes the error of every row, its
 * leave-one-out error (the row predicted by a calibration refitted without it) and the held-out
 * rows to target/feasibility-validation.md, which bench/RESULTS.md reports.
 */
class CalibrationValidationTest {

  private static final List<Result> RESULTS = new ArrayList<>();

  record Result(Measurement measurement, String predicted, String leftOut, String calibrationRow) {

    Double error() {
      return measurement.numeric() && predicted != null
          ? Double.parseDouble(predicted) / measurement.expectedNumber() - 1
          : null;
    }

    Double leftOutError() {
      return leftOut == null
          ? null
          : Double.parseDouble(leftOut) / measurement.expectedNumber() - 1;
    }
  }

  @BeforeAll
  static void predictEveryRow() throws IOException {
    SeedCatalog catalog = SeedCatalog.get();
    FeasibilityEngine engine = new FeasibilityEngine();
    CalibrationTable table = CalibrationTable.standard();
    CalibrationFit fit = new CalibrationFit(catalog);
    for (Measurement m : Measurement.all()) {
      if (!m.expressed()) {
        RESULTS.add(new Result(m, null, null, null));
        continue;
      }
      String predicted = m.predict(engine, catalog);
      String leftOut = null;
      if (m.numeric() && !m.heldOut()) {
        CalibrationTable without = fit.leaveOut(table, CalibrationFit.publishedRow(m.id()));
        leftOut = m.predict(new FeasibilityEngine(without), catalog);
      }
      Estimate.Performance p =
          engine
              .estimate(catalog.model(m.model()), catalog.chip(m.chip()), m.request())
              .performance();
      String row = null;
      if (p.calibration() != null) {
        row =
            m.quantity().equals("ttft")
                ? p.calibration().prefillRow()
                : p.calibration().decodeRow();
      }
      RESULTS.add(new Result(m, predicted, leftOut, row));
    }
    ValidationReport.write(RESULTS, Path.of("target", "feasibility-validation.md"));
  }

  @Test
  void everyExpressedRowIsWithinItsTolerance() {
    List<String> failures = new ArrayList<>();
    for (Result r : RESULTS) {
      Measurement m = r.measurement();
      if (!m.expressed() || m.heldOut() || m.knownMiss() != null) {
        continue;
      }
      if (r.predicted() == null) {
        failures.add(m.id() + ": no estimate");
      } else if (m.numeric()) {
        double error = Math.abs(r.error()) * 100;
        if (error > m.tolerancePct()) {
          failures.add(
              String.format(
                  Locale.ROOT,
                  "%s: %s vs %s (%.1f %%)",
                  m.id(),
                  r.predicted(),
                  m.expected(),
                  error));
        }
      } else if (!r.predicted().equals(m.expected())) {
        failures.add(m.id() + ": " + r.predicted() + " vs " + m.expected());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void knownMissesStillHoldTheWeakerFactTheirSourceStates() {
    // A vendor's working deployment is at least as large as the smallest one.
    for (Result r : RESULTS) {
      Measurement m = r.measurement();
      if (m.knownMiss() != null) {
        assertThat(m.quantity()).isEqualTo("chips");
        assertThat(Integer.parseInt(r.predicted()))
            .as("%s: %s", m.id(), m.knownMiss())
            .isLessThan(Integer.parseInt(m.expected()));
      }
    }
  }

  @Test
  void theRowsThatCannotBeExpressedSayWhy() {
    Map<String, String> unexpressed = new LinkedHashMap<>();
    for (Result r : RESULTS) {
      if (!r.measurement().expressed()) {
        unexpressed.put(r.measurement().id(), r.measurement().note());
      }
    }
    assertThat(unexpressed).isNotEmpty().allSatisfy((id, why) -> assertThat(why).isNotBlank());
    assertThat(
            RESULTS.stream().filter(r -> r.measurement().expressed() && !r.measurement().heldOut()))
        .hasSizeGreaterThanOrEqualTo(45);
  }

  /** Writes the per-row and per-group errors as Markdown. */
  static final class ValidationReport {

    private ValidationReport() {}

    static void write(List<Result> results, Path file) throws IOException {
      StringBuilder md = new StringBuilder();
      md.append(
          "| Row | Kind | Model | Chip | Engine | Published | Estimate | Error | Left out | Calibration |\n");
      md.append("|---|---|---|---|---|---|---|---|---|---|\n");
      Map<String, double[]> groups = new LinkedHashMap<>();
      for (Result r : results) {
        Measurement m = r.measurement();
        if (!m.expressed()) {
          continue;
        }
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                m.id(),
                m.kind(),
                m.model(),
                (m.chips() == null ? "" : m.chips() + " x ") + m.chip(),
                m.engine().id(),
                m.expected(),
                m.numeric() ? shown(r.predicted()) : String.valueOf(r.predicted()),
                r.error() == null
                    ? (m.expected().equals(r.predicted()) ? "exact" : "differs")
                    : pct(r.error()),
                r.leftOutError() == null ? "" : pct(r.leftOutError()),
                r.calibrationRow() == null ? "" : r.calibrationRow()));
        if (r.error() != null) {
          String group = m.heldOut() ? "held-out " + m.quantity() : m.quantity();
          double[] g = groups.computeIfAbsent(group, k -> new double[3]);
          g[0] += Math.abs(r.error());
          g[1] += r.leftOutError() == null ? 0 : Math.abs(r.leftOutError());
          g[2]++;
        }
      }
      md.append("\n| Group | Rows | MAPE | Leave-one-out MAPE |\n|---|---|---|---|\n");
      groups.forEach(
          (group, g) ->
              md.append(
                  String.format(
                      Locale.ROOT,
                      "| %s | %d | %.1f %% | %s |%n",
                      group,
                      (int) g[2],
                      g[0] / g[2] * 100,
                      group.startsWith("held-out")
                          ? "(not fitted)"
                          : String.format(Locale.ROOT, "%.1f %%", g[1] / g[2] * 100))));
      md.append("\nNot expressed:\n\n");
      for (Result r : results) {
        if (!r.measurement().expressed()) {
          md.append("- ")
              .append(r.measurement().id())
              .append(": ")
              .append(r.measurement().note())
              .append('\n');
        }
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }

    private static String shown(String value) {
      if (value == null) {
        return "none";
      }
      try {
        double v = Double.parseDouble(value);
        return v >= 100
            ? String.format(Locale.ROOT, "%,.0f", v)
            : String.format(Locale.ROOT, "%.2f", v);
      } catch (NumberFormatException e) {
        return value;
      }
    }

    private static String pct(double error) {
      return String.format(Locale.ROOT, "%+.1f %%", error * 100);
    }
  }
}
