package io.canrun.gateway.feasibility;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.service.EngineInputs;
import java.nio.file.Path;
import java.util.*;

public class CpuTimeBefore {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    Path seed = Path.of(args[0], "catalog-service/src/main/resources/seed");
    List<ModelArchitecture> models = new ArrayList<>(); List<ChipSpec> chips = new ArrayList<>();
    for (CatalogModel m : json.readValue(seed.resolve("models.json").toFile(), CatalogModel[].class)) models.add(EngineInputs.model(m));
    for (CatalogChip c : json.readValue(seed.resolve("chips.json").toFile(), CatalogChip[].class)) chips.add(EngineInputs.chip(c));
    ModelArchitecture qwen = models.stream().filter(m -> m.slug().equals("qwen3.5-397b-a17b")).findFirst().get();
    ChipSpec s5000 = chips.stream().filter(c -> c.slug().equals("mtt-s5000")).findFirst().get();
    FeasibilityEngine engine = new FeasibilityEngine();
    DeploymentRequest one = new DeploymentRequest(null, null, null, WeightFormat.FP8, null, 32768, 1, EngineConstants.DEFAULTS);
    DeploymentRequest min = new DeploymentRequest(null, null, null, null, null, 32768, 1, EngineConstants.DEFAULTS);
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 8; round++) {
      long t0 = mx.getCurrentThreadCpuTime(); Object sink = null;
      for (int i = 0; i < 20000; i++) sink = engine.estimate(qwen, s5000, one);
      long t1 = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < 10; k++) for (ModelArchitecture m : models) for (ChipSpec c : chips) sink = engine.estimate(m, c, min);
      long t2 = mx.getCurrentThreadCpuTime();
      System.out.printf("old oneEstimate %.2f us cpu; every seeded pair %.2f us cpu per estimate (%d pairs)%n", (t1-t0)/1e3/20000, (t2-t1)/1e3/(10.0*models.size()*chips.size()), models.size()*chips.size());
    }
  }
}
