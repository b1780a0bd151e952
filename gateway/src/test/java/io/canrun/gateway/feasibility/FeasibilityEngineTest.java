package io.canrun.gateway.feasibility;

import static io.canrun.gateway.feasibility.Specs.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand-computed examples, one per attention kind; the arithmetic is in the comments. */
class FeasibilityEngineTest {

  private static final double GIB = 1024.0 * 1024 * 1024;
  private final FeasibilityEngine engine = new FeasibilityEngine();

  @Test
  void denseLlama70bAtFp8FitsOneH100AndDecodesNearTheWorkedExample() {
    // Weights 70.6e9 x 1 B = 65.75 GiB; KV 2·80·8·128·2 = 327,680 B/token x 4,096 = 1.25 GiB;
    // reserve 1.5 GiB -> 68.5 GiB <= 0.90 x 79.6 = 71.64 GiB.
    Estimate estimate =
        engine.estimate(Specs.llama70b(), Specs.h100(), request(null, WeightFormat.FP8, 4096, 1));
    assertThat(estimate.fits()).isTrue();
    assertThat(estimate.chipsRequired()).isEqualTo(1);
    assertThat(estimate.memory().weightsGiB()).isCloseTo(70.6e9 / GIB, within(0.01));
    assertThat(estimate.memory().kvCacheGiB()).isCloseTo(327_680.0 * 4096 / GIB, within(0.001));
    // Decode reads 70.6e9 + 1.34e9 B per token at 0.70 x 3,350 GB/s = 30.7 ms, plus 1 ms step
    // overhead -> 31.6 tok/s; feasibility-methods.md §5.2 expects 26-37 tok/s.
    assertThat(estimate.performance().decodeTokensPerSecond()).isBetween(26.0, 37.0);
    assertThat(estimate.performance().bottleneck()).isEqualTo(Bottleneck.MEMORY_BANDWIDTH);
    // Prefill 4,096 tokens: 2·70.6e9·4,096 + 2·80·4,096²·64·128 = 5.90e14 FLOP at 45 % of
    // 1,978.9 TFLOPS = 0.66 s (the worked example says 0.5-0.85 s).
    assertThat(estimate.performance().timeToFirstTokenMs()).isBetween(500.0, 850.0);
  }

  @Test
  void denseLlama70bAtBf16NeedsTwoH100() {
    // 141.2e9 B = 131.5 GiB of weights: TP2 puts 65.75 GiB per chip.
    Estimate estimate =
        engine.estimate(Specs.llama70b(), Specs.h100(), request(null, WeightFormat.BF16, 4096, 1));
    assertThat(estimate.chipsRequired()).isEqualTo(2);
    assertThat(estimate.tensorParallel()).isEqualTo(2);
    assertThat(estimate.fits()).isTrue();
  }

  @Test
  void moeDeepSeekHoldsAllExpertsButReadsOnlyTheActiveOnes() {
    // 671e9 B at FP8 = 624.9 GiB against a 0.90 x 140 = 126 GiB budget per chip: 5 chips would
    // need 125 GiB of weights each plus KV and reserve, so 6 (TP2 x 3 pipeline stages: 104 GiB).
    // MLA latent 61 x (512 + 64) x 2 B = 70,272 B/token, replicated on each TP rank.
    Estimate estimate =
        engine.estimate(Specs.deepseekV3(), Specs.h200(), request(null, null, 32768, 1));
    assertThat(estimate.precision()).isEqualTo(WeightFormat.FP8);
    assertThat(estimate.chipsRequired()).isEqualTo(6);
    assertThat(estimate.tensorParallel()).isEqualTo(2);
    assertThat(estimate.pipelineStages()).isEqualTo(3);
    // The latent is split only by pipeline stage: 70,272 x 32,768 / 3.
    assertThat(estimate.memory().kvCacheGiB()).isCloseTo(70_272.0 * 32768 / 3 / GIB, within(0.001));
    // Per expert (671 - 37) / (256 - 8) = 2.556 B; batch 1 reads 16.5 B shared + 8 experts = 37 B.
    ModelMemory memory = new ModelMemory(Specs.deepseekV3());
    assertThat(memory.weightBytesPerStep(WeightFormat.FP8, 1)).isCloseTo(37.0e9, within(1e7));
    assertThat(memory.weightBytesPerStep(WeightFormat.FP8, 10_000)).isCloseTo(671e9, within(1e8));
  }

  @Test
  void hybridQwen35KeepsKvOnlyInItsFullAttentionLayers() {
    // 2 x 15 layers x 2 KV heads x 256 x 2 B = 30,720 B/token, plus 188.7 MB of fixed state.
    ModelMemory memory = new ModelMemory(Specs.qwen35_397b());
    assertThat(memory.kvBytesPerToken(2)).isEqualTo(30_720.0);
    assertThat(memory.fixedBytesPerSequence(2, 32768)).isEqualTo(188_743_680.0);
    // FP8 on an MTT S5000 (80 GB read as GiB, budget 72 GiB): 397e9 B = 369.7 GiB of weights;
    // 5 chips would hold 73.9 GiB each, 6 (TP2 x 3 stages) hold 61.6 GiB each plus KV and reserve.
    Estimate estimate =
        engine.estimate(
            Specs.qwen35_397b(), Specs.mttS5000(), request(null, WeightFormat.FP8, 32768, 1));
    assertThat(estimate.fits()).isTrue();
    assertThat(estimate.chipsRequired()).isEqualTo(6);
    assertThat(estimate.memory().capacityBasis()).contains("vendor's 80.0 GB read as GiB");
  }

  @Test
  void slidingWindowGptOssFitsOneH100AtShortContext() {
    // Experts 128 x 0.9008e9 x 0.53125 B + 1.497e9 shared x 2 B = 64.3e9 B = 59.8 GiB.
    Estimate estimate =
        engine.estimate(Specs.gptOss120b(), Specs.h100(), request(null, null, 8192, 1));
    assertThat(estimate.precision()).isEqualTo(WeightFormat.MXFP4);
    assertThat(estimate.memory().weightsGiB()).isCloseTo(59.8, within(0.2));
    assertThat(estimate.chipsRequired()).isEqualTo(1);
    // 18 full layers x 2 x 8 x 64 x 2 B = 36,864 B/token.
    assertThat(new ModelMemory(Specs.gptOss120b()).kvBytesPerToken(2)).isEqualTo(36_864.0);
  }

  @Test
  void aPrecisionTheChipLacksIsReportedOrReplaced() {
    Estimate asked =
        engine.estimate(Specs.llama70b(), Specs.a100(), request(null, WeightFormat.FP8, 4096, 1));
    assertThat(asked.fits()).isFalse();
    assertThat(asked.notes()).anyMatch(n -> n.contains("has no native FP8"));

    Estimate open = engine.estimate(Specs.deepseekV3(), Specs.a100(), request(null, null, 4096, 1));
    assertThat(open.precision()).isEqualTo(WeightFormat.BF16);
    assertThat(open.notes()).anyMatch(n -> n.contains("nearest wider format"));
  }

  @Test
  void unknownInputsGiveNullsWithNotesNeverGuesses() {
    Estimate jiutian =
        engine.estimate(Specs.jiutian(), Specs.mttS5000(), request(null, null, 4096, 1));
    assertThat(jiutian.fits()).isNull();
    assertThat(jiutian.notes()).anyMatch(n -> n.contains("attention layout is unpublished"));

    Estimate m890 =
        engine.estimate(
            Specs.qwen3_30b(), Specs.zhenwuM890(), request(null, WeightFormat.FP8, 4096, 1));
    assertThat(m890.fits()).isTrue();
    assertThat(m890.performance().decodeTokensPerSecond()).isNull();
    assertThat(m890.notes()).anyMatch(n -> n.contains("memory bandwidth is unknown"));
  }

  @Test
  void contextBeyondTheModelsMaximumDoesNotFit() {
    Estimate estimate =
        engine.estimate(Specs.qwen3_30b(), Specs.h200(), request(null, null, 65536, 1));
    assertThat(estimate.fits()).isFalse();
    assertThat(estimate.notes()).anyMatch(n -> n.contains("at most 32,768 tokens"));
  }

  @Test
  void aChipCountWithoutALegalLayoutIsExplained() {
    // 64 attention heads allow TP 1, 2, 4, 8; 3 chips only as 3 pipeline stages of TP1 - legal.
    Estimate three =
        engine.estimate(Specs.llama70b(), Specs.h100(), request(3, WeightFormat.BF16, 4096, 1));
    assertThat(three.tensorParallel()).isEqualTo(1);
    assertThat(three.pipelineStages()).isEqualTo(3);
    assertThat(three.fits()).isTrue();
  }

  @Test
  void overriddenConstantsChangeTheEstimateAndBadOnesAreRefused() {
    EngineConstants faster =
        EngineConstants.DEFAULTS.with(java.util.Map.of("denseDecodeEfficiency", 0.9));
    DeploymentRequest request =
        new DeploymentRequest(null, null, null, WeightFormat.FP8, null, 4096, 1, faster);
    double tuned =
        engine
            .estimate(Specs.llama70b(), Specs.h100(), request)
            .performance()
            .decodeTokensPerSecond();
    double standard =
        engine
            .estimate(Specs.llama70b(), Specs.h100(), request(null, WeightFormat.FP8, 4096, 1))
            .performance()
            .decodeTokensPerSecond();
    assertThat(tuned).isGreaterThan(standard);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> EngineConstants.DEFAULTS.with(java.util.Map.of("memoryUtilization", 1.5)))
        .hasMessageContaining("memoryUtilization");
  }
}
