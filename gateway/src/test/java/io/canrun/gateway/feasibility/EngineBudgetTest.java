package io.canrun.gateway.feasibility;

import static io.canrun.gateway.feasibility.Specs.model;
import static io.canrun.gateway.feasibility.Specs.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Each engine's memory rule, checked against its documented arithmetic and logged figures. */
class EngineBudgetTest {

  private static final double GIB = 1024.0 * 1024 * 1024;
  private final FeasibilityEngine engine = new FeasibilityEngine();

  @Test
  void vllmTakesActivationPeakSamplerAndGraphsFromItsShare() {
    // Llama 3.1 8B BF16 on one H100: weights 16.06e9 B = 14.96 GiB (vLLM PR #10511 logs 14.96).
    // Reserve: runtime 1.0 + activations 8,192 tokens x 2 B x (4 x 14,336 + 8 x 4,096) = 1.375
    // + sampler 1,024 x 128,256 x 4 B x 2 = 0.979 + CUDA graphs 1.0 = 4.354 GiB.
    Estimate e =
        engine.estimate(
            model("llama-3.1-8b"),
            Specs.h100(),
            request(ServingEngine.VLLM, 1, WeightFormat.BF16, 8192, 2000, 1000, Concurrency.MAX));
    assertThat(e.memory().weightsGiB()).isCloseTo(14.957, within(0.001));
    assertThat(e.memory().runtimeReserveGiB()).isCloseTo(4.354, within(0.001));
    assertThat(e.memory().budgetGiB()).isCloseTo(0.90 * 79.6, within(1e-9));
    // Room for KV 0.90 x 79.6 - 14.96 - 4.35 = 52.33 GiB, within 2 % of the 53.29 GiB that
    // vLLM logged for this model on an H100 (PR #10511); at 3,000 tokens (2,000 in, 1,000 out)
    // x 128 KiB each that is 142 requests at once.
    double room = e.memory().budgetGiB() - e.memory().weightsGiB() - e.memory().runtimeReserveGiB();
    assertThat(room / 53.29).isBetween(0.98, 1.02);
    assertThat(e.concurrency()).isEqualTo(142);
    assertThat(e.concurrencyWasMax()).isTrue();
  }

  @Test
  void sglangSizesItsStaticFractionFromTheChipAsItsServerArgsDo() {
    // H100 (79.6 GiB = 81,510 MiB): reserved max(10 GiB, 512 + 1.5 x 8,192 + 2 x 256 + 128 x 1)
    // = 13,440 MiB, mem_fraction_static = (81,510.4 - 13,440) / 81,510.4 = 0.835 (SGLang's own
    // worked example for an 80 GB H100: about 0.836). Weights and KV get 0.835 of the memory
    // free before loading (79.6 - 1.0 GiB of runtime): budget 0.8351 x 78.6 + 1.0 = 66.64 GiB.
    Estimate e =
        engine.estimate(
            model("llama-3.1-8b"),
            Specs.h100(),
            request(
                ServingEngine.SGLANG, 1, WeightFormat.BF16, 8192, 2000, 1000, Concurrency.of(1)));
    assertThat(e.memory().budgetGiB()).isCloseTo(66.640, within(0.001));
    assertThat(e.memory().budgetRule()).contains("mem_fraction_static 0.835");
  }

  @Test
  void tensorRtLlmGivesKvAFractionOfWhatIsLeft() {
    // Free-memory rule: KV = 0.90 x (capacity - weights - reserve), so the limit is
    // weights + reserve + 0.90 x the rest.
    Estimate e =
        engine.estimate(
            model("llama-3.1-8b"),
            Specs.h100(),
            request(
                ServingEngine.TRTLLM, 1, WeightFormat.BF16, 8192, 2000, 1000, Concurrency.of(1)));
    double weights = e.memory().weightsGiB();
    double reserve = e.memory().runtimeReserveGiB();
    assertThat(e.memory().budgetGiB())
        .isCloseTo(weights + reserve + 0.90 * (79.6 - weights - reserve), within(1e-9));
  }

  @Test
  void llamaCppHoldsAComputeBufferBesideWeightsAndKv() {
    // Llama 2 7B at 4,096 tokens: 512 x 4 B x (32,000 + 2 x 4,096 x 32) = 602,406,912 B = 0.561
    // GiB of compute buffer plus 0.5 GiB of CUDA context; the whole 24 GB card is the limit.
    Estimate e =
        engine.estimate(
            model("llama-2-7b"),
            Specs.rtx4090(),
            request(
                ServingEngine.LLAMACPP, 1, WeightFormat.FP16, 4096, 128, 1024, Concurrency.of(1)));
    assertThat(e.memory().runtimeReserveGiB()).isCloseTo(0.5 + 602_406_912 / GIB, within(1e-9));
    assertThat(e.memory().budgetGiB()).isEqualTo(24.0);
    assertThat(e.kvCachePrecision()).isEqualTo(WeightFormat.FP16);
  }

  @Test
  void tensorRtLlmQuantizedCheckpointsCarryAnFp8KvCache() {
    // ModelOpt's hf_ptq.py quantizes the KV cache to FP8 by default; DeepSeek's own FP8
    // checkpoint (its native format) does not.
    assertThat(trtKv("llama-3.1-70b", Specs.h100(), 2)).isEqualTo(WeightFormat.FP8);
    assertThat(trtKv("deepseek-r1", Specs.h200(), 8)).isEqualTo(WeightFormat.BF16);
  }

  private WeightFormat trtKv(String model, ChipSpec chip, int chips) {
    return engine
        .estimate(
            model(model),
            chip,
            request(
                ServingEngine.TRTLLM, chips, WeightFormat.FP8, 4096, 500, 2000, Concurrency.of(1)))
        .kvCachePrecision();
  }

  @Test
  void anOverriddenUtilizationChangesTheBudgetAndBadOnesAreRefused() {
    EngineConstants generous =
        EngineConstants.DEFAULTS.with(java.util.Map.of("memoryUtilization", 0.98));
    Estimate e =
        engine.estimate(
            model("llama-3.1-8b"),
            Specs.h100(),
            DeploymentRequest.builder(8192)
                .chips(1)
                .weights(WeightFormat.BF16)
                .constants(generous)
                .build());
    assertThat(e.memory().budgetGiB()).isCloseTo(0.98 * 79.6, within(1e-9));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> EngineConstants.DEFAULTS.with(java.util.Map.of("memoryUtilization", 1.5)))
        .hasMessageContaining("memoryUtilization must be between");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> EngineConstants.DEFAULTS.with(java.util.Map.of("warpSpeed", 1.0)))
        .hasMessageContaining("no engine constant named 'warpSpeed'");
  }
}
