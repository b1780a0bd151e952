package io.canrun.gateway.feasibility;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.service.EngineInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of gateway/src/test/resources/feasibility/measurements.tsv put to the engine as it was
 * on main at bbea703 (before issue 10), through its own API: the "before" column of
 * bench/RESULTS.md. Compile it with that commit's feasibility package, EngineInputs and catalog
 * client records (see run-before.sh); it reads the current seed and measurement files.
 *
 * <p>The old engine has no serving engines, request shape, MAX concurrency or Q4_0/INT4, so:
 * decode is asked at a context of input + output; TTFT at a context of the prompt; throughput
 * at the old maxConcurrencyAtContext when MAX, as aggregate decode; TPOT as the per-sequence
 * decode time at that concurrency; formats it lacks, KV-token capacity and engine settings other
 * than memoryUtilization are reported as not expressible.
 */
public class BeforeHarness {

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    Path seed = root.resolve("catalog-service/src/main/resources/seed");
    Map<String, ModelArchitecture> models = new HashMap<>();
    for (CatalogModel m : json.readValue(seed.resolve("models.json").toFile(), CatalogModel[].class)) {
      models.put(m.slug(), EngineInputs.model(m));
    }
    Map<String, ChipSpec> chips = new HashMap<>();
    for (CatalogChip c : json.readValue(seed.resolve("chips.json").toFile(), CatalogChip[].class)) {
      chips.put(c.slug(), EngineInputs.chip(c));
    }
    FeasibilityEngine engine = new FeasibilityEngine();
    List<String> lines =
        Files.readAllLines(root.resolve("gateway/src/test/resources/feasibility/measurements.tsv"));
    boolean header = true;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c[1].equals("unexpressed")) {
        continue;
      }
      String quantity = c[1].startsWith("heldout:") ? c[1].substring(8) : c[1];
      WeightFormat format;
      try {
        format = WeightFormat.valueOf(c[5]);
      } catch (IllegalArgumentException e) {
        System.out.println(c[0] + "\t" + c[13] + "\tn/a (no " + c[5] + ")");
        continue;
      }
      Integer count = c[7].equals("-") ? null : Integer.valueOf(c[7]);
      int input = Integer.parseInt(c[9]);
      int output = Integer.parseInt(c[10]);
      EngineConstants constants = EngineConstants.DEFAULTS;
      if (c[12].contains("memoryUtilization=")) {
        double value = Double.parseDouble(c[12].replaceAll(".*memoryUtilization=([0-9.]+).*", "$1"));
        constants = constants.with(Map.of("memoryUtilization", value));
      }
      ModelArchitecture model = models.get(c[2]);
      ChipSpec chip = chips.get(c[3]);
      String predicted;
      switch (quantity) {
        case "decode" -> {
          Estimate e = engine.estimate(model, chip, new DeploymentRequest(count, null, null, format, null, input + output, 1, constants));
          predicted = text(e.performance() == null ? null : e.performance().decodeTokensPerSecond());
        }
        case "ttft" -> {
          Estimate e = engine.estimate(model, chip, new DeploymentRequest(count, null, null, format, null, input, 1, constants));
          predicted = text(e.performance() == null ? null : e.performance().timeToFirstTokenMs());
        }
        case "throughput", "tpot" -> {
          int concurrency;
          if (c[11].equals("MAX")) {
            Estimate probe = engine.estimate(model, chip, new DeploymentRequest(count, null, null, format, null, input + output, 1, constants));
            concurrency = probe.maxConcurrencyAtContext() == null ? 1 : Math.max(1, probe.maxConcurrencyAtContext());
          } else {
            concurrency = Integer.parseInt(c[11]);
          }
          Estimate e = engine.estimate(model, chip, new DeploymentRequest(count, null, null, format, null, input + output / 2, concurrency, constants));
          Double perSequence = e.performance() == null ? null : e.performance().decodeTokensPerSecond();
          Double aggregate = e.performance() == null ? null : e.performance().aggregateDecodeTokensPerSecond();
          predicted = quantity.equals("tpot") ? text(perSequence == null ? null : 1000 / perSequence) : text(aggregate);
        }
        case "chips" -> {
          Estimate e = engine.estimate(model, chip, new DeploymentRequest(null, null, null, format, null, Integer.parseInt(c[8]), 1, constants));
          predicted = String.valueOf(e.chipsRequired());
        }
        case "fits" -> {
          Estimate e = engine.estimate(model, chip, new DeploymentRequest(count, null, null, format, null, Integer.parseInt(c[8]), 1, constants));
          predicted = String.valueOf(e.fits());
        }
        default -> predicted = "n/a (no " + quantity + " figure)";
      }
      System.out.println(c[0] + "\t" + c[13] + "\t" + predicted);
    }
  }

  private static String text(Double value) {
    return value == null ? "none" : String.format(Locale.ROOT, "%.4f", value);
  }
}
