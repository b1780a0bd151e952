package io.canrun.bench.policy;

import dev.cel.runtime.CelVariableResolver;
import io.canrun.policy.engine.CompiledRule;
import io.canrun.policy.engine.ConditionCompiler;
import io.canrun.policy.engine.EndUser;
import io.canrun.policy.engine.EvaluationQuery;
import io.canrun.policy.engine.Evaluator;
import io.canrun.policy.engine.ItemSpec;
import io.canrun.policy.engine.ItemType;
import io.canrun.policy.engine.MarketSegment;
import io.canrun.policy.engine.PairVerdict;
import io.canrun.policy.engine.PolicySnapshot;
import io.canrun.policy.engine.Precision;
import io.canrun.policy.engine.RuleEvaluationException;
import io.canrun.policy.engine.SeedDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the evaluation core on the seeded policy (version 1, every rule compiled once), on
 * one thread, so the figures are per core:
 *
 * <ul>
 *   <li>{@code singleRule}: one compiled condition (the longest seeded one, the January 2026 review
 *       band) against in-memory variables = rule evaluations per second;
 *   <li>{@code onePair}: one item × destination through every rule in force on the date and the
 *       per-regime resolution (rules evaluated per pair are printed at setup);
 *   <li>{@code batch100x100}: a 10,000-pair request end to end (classification once per item, group
 *       lookups once per destination).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class PolicyEvaluationBenchmark {

  private static final LocalDate AS_OF = LocalDate.parse("2026-11-22");

  private final Evaluator evaluator = new Evaluator();
  private PolicySnapshot snapshot;
  private CompiledRule bandRule;
  private CelVariableResolver h100ToChina;
  private Evaluator.Prepared onePair;
  private EvaluationQuery batch;

  @Setup(Level.Trial)
  public void setUp() throws RuleEvaluationException {
    snapshot = SeedDocument.load().snapshot(new ConditionCompiler());
    bandRule =
        snapshot.allRules().stream()
            .filter(r -> r.definition().id().equals("ear-3a090-2026-china-review-band"))
            .findFirst()
            .orElseThrow();
    h100ToChina = h100ToChinaVariables();
    if (!bandRule.matches(h100ToChina)) {
      throw new IllegalStateException("The band rule should match an H100 going to China");
    }
    EvaluationQuery single =
        new EvaluationQuery(AS_OF, List.of(h100()), List.of("CN"), endUser(), "US");
    onePair = evaluator.prepare(snapshot, single);
    System.out.println("rules evaluated per pair on " + AS_OF + ": " + onePair.rulesPerPair());

    List<ItemSpec> items = new ArrayList<>();
    List<ItemSpec> models = List.of(h100(), h20(), rtx4090(), ascend910b());
    for (int i = 0; i < 100; i++) {
      ItemSpec model = models.get(i % models.size());
      items.add(
          new ItemSpec(
              model.id() + "-" + i,
              model.name(),
              model.vendor(),
              model.designerCountry(),
              model.foundry(),
              model.marketSegment(),
              model.dieAreaMm2(),
              model.memoryBandwidthGBps(),
              model.interconnectGBps(),
              model.tops(),
              model.type(),
              model.soldInUs(),
              model.scaleUpInterconnect(),
              model.packageAreaMm2()));
    }
    List<String> destinations = new ArrayList<>(snapshot.countries().codes());
    destinations.sort(String::compareTo);
    batch = new EvaluationQuery(AS_OF, items, destinations.subList(0, 100), endUser(), "US");
  }

  @Benchmark
  public boolean singleRule() throws RuleEvaluationException {
    return bandRule.matches(h100ToChina);
  }

  @Benchmark
  public PairVerdict onePair() {
    return onePair.evaluate(0, 0);
  }

  @Benchmark
  public List<PairVerdict> batch100x100() {
    return evaluator.evaluate(snapshot, batch);
  }

  private static EndUser endUser() {
    return new EndUser("Example Cloud", "CN", null);
  }

  /** The variables the service builds for an H100 SXM shipped from the US to China. */
  private static CelVariableResolver h100ToChinaVariables() {
    Map<String, Object> vars = new java.util.HashMap<>();
    vars.put("item.class", "3A090.a");
    vars.put("item.nonDatacenter", false);
    vars.put("item.designerCountry", "US");
    vars.put("shipment.from", "US");
    vars.put("destination.treatedAs", "CN");
    vars.put("item.tppKnown", true);
    vars.put("item.tpp", 15831.2);
    vars.put("item.memoryBandwidthKnown", true);
    vars.put("item.memoryBandwidthGBps", 3350.0);
    vars.put("item.soldInUsKnown", true);
    vars.put("item.soldInUs", true);
    return name -> Optional.ofNullable(vars.get(name));
  }

  // Inputs from the catalog research notes (table A1): dense figures; US market from the catalog.
  private static ItemSpec h100() {
    return new ItemSpec(
        "h100-sxm",
        "H100 SXM5 80GB",
        "Nvidia",
        "US",
        "TSMC",
        MarketSegment.DATACENTER,
        814.0,
        3350.0,
        900.0,
        Map.of(Precision.FP8, 1978.9, Precision.BF16, 989.4, Precision.INT8, 1978.9),
        ItemType.IC,
        true,
        null,
        null);
  }

  private static ItemSpec h20() {
    return new ItemSpec(
        "h20",
        "H20",
        "Nvidia",
        "US",
        "TSMC",
        MarketSegment.DATACENTER,
        814.0,
        4000.0,
        900.0,
        Map.of(Precision.FP8, 296.0, Precision.BF16, 148.0),
        ItemType.IC,
        false,
        null,
        null);
  }

  private static ItemSpec rtx4090() {
    return new ItemSpec(
        "rtx-4090",
        "GeForce RTX 4090",
        "Nvidia",
        "US",
        "TSMC",
        MarketSegment.CONSUMER,
        608.0,
        1008.0,
        64.0,
        Map.of(Precision.INT8, 660.6, Precision.FP16, 330.3),
        ItemType.IC,
        true,
        null,
        null);
  }

  private static ItemSpec ascend910b() {
    return new ItemSpec(
        "ascend-910b",
        "Ascend 910B",
        "Huawei",
        "CN",
        "SMIC",
        MarketSegment.DATACENTER,
        null,
        1600.0,
        392.0,
        Map.of(Precision.FP16, 400.0),
        ItemType.IC,
        null,
        null,
        null);
  }
}
