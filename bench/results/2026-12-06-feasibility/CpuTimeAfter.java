package io.canrun.gateway.feasibility;

import java.util.*;

public class CpuTimeAfter {
  public static void main(String[] args) {
    SeedCatalog c = SeedCatalog.get();
    List<ModelArchitecture> models = new ArrayList<>(); c.models().forEach(models::add);
    List<ChipSpec> chips = new ArrayList<>(); c.chips().forEach(chips::add);
    FeasibilityEngine engine = new FeasibilityEngine();
    DeploymentRequest one = DeploymentRequest.builder(32768).weights(WeightFormat.FP8).build();
    DeploymentRequest min = DeploymentRequest.builder(32768).build();
    DeploymentRequest loaded = DeploymentRequest.builder(3072).chips(8).shape(1024, 2048).concurrency(Concurrency.MAX).engine(ServingEngine.TRTLLM).build();
    ModelArchitecture qwen = c.model("qwen3.5-397b-a17b"); ChipSpec s5000 = c.chip("mtt-s5000");
    ModelArchitecture ds = c.model("deepseek-r1"); ChipSpec h200 = c.chip("h200-sxm");
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 8; round++) {
      long t0 = mx.getCurrentThreadCpuTime(); Object sink = null;
      for (int i = 0; i < 20000; i++) sink = engine.estimate(qwen, s5000, one);
      long t1 = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < 10; k++) for (ModelArchitecture m : models) for (ChipSpec ch : chips) sink = engine.estimate(m, ch, min);
      long t2 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < 2000; i++) sink = engine.estimate(ds, h200, loaded);
      long t3 = mx.getCurrentThreadCpuTime();
      System.out.printf("new oneEstimate %.2f us cpu; every seeded pair %.2f us cpu per estimate (%d pairs); loaded %.2f us%n", (t1-t0)/1e3/20000, (t2-t1)/1e3/(10.0*models.size()*chips.size()), models.size()*chips.size(), (t3-t2)/1e3/2000);
    }
  }
}
