package io.canrun.gateway.feasibility;

import static io.canrun.gateway.feasibility.Specs.request;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Published decode measurements the default constants are calibrated on; each must stay within ±25
 * % (the calibration target in feasibility-methods.md). Sources are cited per case.
 */
class CalibrationTest {

  private final FeasibilityEngine engine = new FeasibilityEngine();

  @Test
  void nimLlama70bFp8OnTwoH100() {
    // NVIDIA NIM benchmarking docs (1.0.0, container 1.8.0): Llama-3.3-70B FP8, 2 x H100, TP2,
    // 52.9 tokens/s per user. Llama 3.3 70B shares Llama 3.1 70B's architecture.
    double estimate =
        engine
            .estimate(Specs.llama70b(), Specs.h100(), request(2, WeightFormat.FP8, 2048, 1))
            .performance()
            .decodeTokensPerSecond();
    assertWithin(estimate, 52.9);
  }

  @Test
  void qwenTeamQwen3MoeOnH20() {
    // QwenLM speed benchmark (docs/source/getting_started/speed_benchmark.md): Qwen3-30B-A3B on
    // one H20 96GB with SGLang, 137 tokens/s at batch 1.
    double estimate =
        engine
            .estimate(Specs.qwen3_30b(), Specs.h20(), request(1, WeightFormat.BF16, 2048, 1))
            .performance()
            .decodeTokensPerSecond();
    assertWithin(estimate, 137);
  }

  private static void assertWithin(double estimate, double measured) {
    assertThat(estimate / measured).isBetween(0.75, 1.25);
  }
}
