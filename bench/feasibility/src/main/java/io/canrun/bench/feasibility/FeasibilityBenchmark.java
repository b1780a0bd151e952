package io.canrun.bench.feasibility;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.composition.EngineInputs;
import io.canrun.gateway.feasibility.ChipSpec;
import io.canrun.gateway.feasibility.Concurrency;
import io.canrun.gateway.feasibility.DeploymentRequest;
import io.canrun.gateway.feasibility.Estimate;
import io.canrun.gateway.feasibility.FeasibilityEngine;
import io.canrun.gateway.feasibility.ModelArchitecture;
import io.canrun.gateway.feasibility.ServingEngine;
import io.canrun.gateway.feasibility.WeightFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the feasibility engine on the seeded catalog, one thread (so per core):
 *
 * <ul>
 *   <li>{@code oneEstimate}: Qwen3.5-397B-A17B on the MTT S5000 at FP8, 32k context, minimum chip
 *       count under vLLM (the search over legal layouts included);
 *   <li>{@code loadedEstimate}: DeepSeek-R1 on 8 x H200 under TensorRT-LLM, 1K/2K requests, as many
 *       at once as fit (the heaviest path: replicas, expert and attention data parallelism compared
 *       by throughput under load);
 *   <li>{@code everySeededPair}: every seeded model on every seeded chip, each at its minimum chip
 *       count — the engine work behind one {@code /options} call per model, for all models.
 * </ul>
 *
 * The catalog is read from {@code catalog-service/src/main/resources/seed} (override with {@code
 * -Dcanrun.seed=DIR}) through the gateway's own translation, so the inputs are what the gateway
 * feeds the engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class FeasibilityBenchmark {

  private static final DeploymentRequest MINIMUM_AT_32K = DeploymentRequest.builder(32_768).build();
  private static final DeploymentRequest S5000_FP8 =
      DeploymentRequest.builder(32_768).weights(WeightFormat.FP8).build();
  private static final DeploymentRequest H200_NODE_LOADED =
      DeploymentRequest.builder(3072)
          .chips(8)
          .shape(1024, 2048)
          .concurrency(Concurrency.MAX)
          .engine(ServingEngine.TRTLLM)
          .build();

  private final FeasibilityEngine engine = new FeasibilityEngine();
  private List<ModelArchitecture> models;
  private List<ChipSpec> chips;
  private ModelArchitecture qwen;
  private ChipSpec s5000;
  private ModelArchitecture deepseek;
  private ChipSpec h200;

  @Setup
  public void loadSeededCatalog() throws IOException {
    Path seed =
        Path.of(System.getProperty("canrun.seed", "catalog-service/src/main/resources/seed"));
    ObjectMapper json =
        new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    models =
        Arrays.stream(json.readValue(seed.resolve("models.json").toFile(), CatalogModel[].class))
            .map(EngineInputs::model)
            .collect(Collectors.toList());
    chips =
        Arrays.stream(json.readValue(seed.resolve("chips.json").toFile(), CatalogChip[].class))
            .map(EngineInputs::chip)
            .collect(Collectors.toList());
    qwen = models.stream().filter(m -> m.slug().equals("qwen3.5-397b-a17b")).findFirst().get();
    s5000 = chips.stream().filter(c -> c.slug().equals("mtt-s5000")).findFirst().get();
    deepseek = models.stream().filter(m -> m.slug().equals("deepseek-r1")).findFirst().get();
    h200 = chips.stream().filter(c -> c.slug().equals("h200-sxm")).findFirst().get();
    System.out.printf(
        "%n%d models x %d chips = %d estimates per everySeededPair%n",
        models.size(), chips.size(), models.size() * chips.size());
  }

  @Benchmark
  public Estimate oneEstimate() {
    return engine.estimate(qwen, s5000, S5000_FP8);
  }

  @Benchmark
  public Estimate loadedEstimate() {
    return engine.estimate(deepseek, h200, H200_NODE_LOADED);
  }

  @Benchmark
  public void everySeededPair(Blackhole sink) {
    for (ModelArchitecture model : models) {
      for (ChipSpec chip : chips) {
        sink.consume(engine.estimate(model, chip, MINIMUM_AT_32K));
      }
    }
  }
}
