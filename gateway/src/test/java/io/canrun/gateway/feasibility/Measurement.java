package io.canrun.gateway.feasibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One published measurement from {@code feasibility/measurements.tsv} and the engine question that
 * expresses it. The expected value is the published figure; the engine's answer is compared to it,
 * never the other way round.
 */
record Measurement(
    String id,
    String kind,
    String model,
    String chip,
    ServingEngine engine,
    WeightFormat weights,
    WeightFormat kv,
    Integer chips,
    int context,
    int input,
    int output,
    Concurrency concurrency,
    Map<String, Double> overrides,
    String expected,
    double tolerancePct,
    String source,
    String knownMiss,
    String note) {

  static List<Measurement> all() {
    List<Measurement> rows = new ArrayList<>();
    String[] header = null;
    for (String line : lines()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (header == null) {
        header = c;
        continue;
      }
      rows.add(parse(c));
    }
    return rows;
  }

  private static List<String> lines() {
    try (InputStream in = Measurement.class.getResourceAsStream("/feasibility/measurements.tsv")) {
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Measurement parse(String[] c) {
    boolean expressed = !c[1].equals("unexpressed");
    Map<String, Double> overrides = new LinkedHashMap<>();
    if (expressed && !c[12].equals("-")) {
      for (String pair : c[12].split(";")) {
        String[] kv = pair.split("=");
        overrides.put(kv[0], Double.valueOf(kv[1]));
      }
    }
    return new Measurement(
        c[0],
        c[1],
        c[2],
        c[3],
        expressed ? ServingEngine.parse(c[4]) : null,
        expressed ? WeightFormat.parse(c[5]) : null,
        expressed && !c[6].equals("-") ? WeightFormat.parse(c[6]) : null,
        expressed && !c[7].equals("-") ? Integer.valueOf(c[7]) : null,
        expressed ? Integer.parseInt(c[8]) : 0,
        expressed ? Integer.parseInt(c[9]) : 0,
        expressed ? Integer.parseInt(c[10]) : 0,
        !expressed
            ? null
            : c[11].equals("MAX") ? Concurrency.MAX : Concurrency.of(Integer.parseInt(c[11])),
        overrides,
        c[13],
        expressed ? Double.parseDouble(c[14]) : 0,
        c[15],
        c[16].equals("-") ? null : c[16],
        c[17]);
  }

  boolean expressed() {
    return !kind.equals("unexpressed");
  }

  boolean heldOut() {
    return kind.startsWith("heldout:");
  }

  /** The quantity measured, without the held-out marker. */
  String quantity() {
    return heldOut() ? kind.substring("heldout:".length()) : kind;
  }

  /** Speed and memory rows compare numbers; chip counts and fits compare exactly. */
  boolean numeric() {
    return !quantity().equals("chips") && !quantity().equals("fits");
  }

  double expectedNumber() {
    return Double.parseDouble(expected);
  }

  DeploymentRequest request() {
    return new DeploymentRequest(
        chips,
        null,
        null,
        weights,
        kv,
        context,
        input,
        output,
        concurrency,
        engine,
        EngineConstants.DEFAULTS.with(overrides));
  }

  /** The engine's figure for this measurement's quantity, as text for exact kinds. */
  String predict(FeasibilityEngine engine, SeedCatalog catalog) {
    Estimate e = engine.estimate(catalog.model(model), catalog.chip(chip), request());
    Estimate.Performance p = e.performance();
    return switch (quantity()) {
      case "decode" -> text(p.decodeTokensPerSecond());
      case "ttft" -> text(p.timeToFirstTokenMs());
      case "tpot" -> text(p.timePerOutputTokenMs());
      case "throughput" -> text(p.outputTokensPerSecond());
      case "kvTokens" ->
          e.memory() == null || e.memory().kvCacheCapacityTokens() == null
              ? null
              : String.valueOf(e.memory().kvCacheCapacityTokens());
      case "chips" -> e.chipsRequired() == null ? null : String.valueOf(e.chipsRequired());
      case "fits" -> String.valueOf(e.fits());
      default -> throw new IllegalStateException("unknown kind " + kind);
    };
  }

  private static String text(Double value) {
    return value == null ? null : String.format(Locale.ROOT, "%.4f", value);
  }
}
