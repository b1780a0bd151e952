package io.canrun.gateway.feasibility;

import static io.canrun.gateway.feasibility.Specs.model;
import static io.canrun.gateway.feasibility.Specs.request;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Prompt and output lengths, concurrency (a number or MAX), and context limits. */
class RequestShapeTest {

  private final FeasibilityEngine engine = new FeasibilityEngine();

  @Test
  void aShapeLongerThanTheContextDoesNotFit() {
    Estimate e =
        engine.estimate(
            model("llama-3.1-8b"),
            Specs.h100(),
            request(ServingEngine.VLLM, null, null, 4096, 4000, 1000, Concurrency.of(1)));
    assertThat(e.fits()).isFalse();
    assertThat(e.notes()).anyMatch(n -> n.contains("longer than the 4,096-token context"));
  }

  @Test
  void aboveNativeContextNeedsTheDocumentedRopeScalingAndAboveThatItDoesNotFit() {
    // Qwen3: 32,768 native, 131,072 with YaRN (model card).
    Estimate extended =
        engine.estimate(model("qwen3-32b"), Specs.h200(), request(null, null, 65_536));
    assertThat(extended.fits()).isTrue();
    assertThat(extended.notes()).anyMatch(n -> n.contains("YaRN, up to 131,072"));
    Estimate beyond =
        engine.estimate(model("qwen3-32b"), Specs.h200(), request(null, null, 262_144));
    assertThat(beyond.fits()).isFalse();
    assertThat(beyond.notes())
        .anyMatch(n -> n.contains("at most 131,072 tokens of context with rope scaling"));
  }

  @Test
  void maxConcurrencyIsTheLargestThatFitsAndIsReported() {
    Estimate max =
        engine.estimate(
            model("llama-3.1-70b"),
            Specs.h100(),
            request(ServingEngine.VLLM, 2, WeightFormat.FP8, 8192, 1000, 1000, Concurrency.MAX));
    assertThat(max.concurrencyWasMax()).isTrue();
    int n = max.concurrency();
    assertThat(n).isPositive();
    Estimate oneMore =
        engine.estimate(
            model("llama-3.1-70b"),
            Specs.h100(),
            request(
                ServingEngine.VLLM, 2, WeightFormat.FP8, 8192, 1000, 1000, Concurrency.of(n + 1)));
    assertThat(oneMore.fits()).isFalse();
  }

  @Test
  void loadSlowsEachRequestButRaisesTotalOutput() {
    double previousTotal = 0;
    double previousPerToken = 0;
    Estimate alone = null;
    for (int n : new int[] {1, 8, 64}) {
      Estimate e =
          engine.estimate(
              model("llama-3.1-8b"),
              Specs.h100(),
              request(
                  ServingEngine.VLLM, 1, WeightFormat.BF16, 4096, 1000, 500, Concurrency.of(n)));
      Estimate.Performance p = e.performance();
      assertThat(p.outputTokensPerSecond()).isGreaterThan(previousTotal);
      assertThat(p.timePerOutputTokenMs()).isGreaterThanOrEqualTo(previousPerToken);
      previousTotal = p.outputTokensPerSecond();
      previousPerToken = p.timePerOutputTokenMs();
      if (alone == null) {
        alone = e;
      } else {
        // Prompts queue behind other prompts: never faster than alone.
        assertThat(p.timeToFirstTokenMs())
            .isGreaterThanOrEqualTo(alone.performance().timeToFirstTokenMs());
      }
      // One request's decode speed is the same whatever the load.
      assertThat(p.decodeTokensPerSecond()).isEqualTo(alone.performance().decodeTokensPerSecond());
    }
  }

  @Test
  void decodeReadsTheKvCacheAtTheAverageContextOfTheShape() {
    Estimate shortAnswers =
        engine.estimate(
            model("llama-3.1-8b"),
            Specs.h100(),
            request(
                ServingEngine.VLLM, 1, WeightFormat.BF16, 65_536, 1000, 100, Concurrency.of(1)));
    Estimate longPrompts =
        engine.estimate(
            model("llama-3.1-8b"),
            Specs.h100(),
            request(
                ServingEngine.VLLM, 1, WeightFormat.BF16, 65_536, 60_000, 100, Concurrency.of(1)));
    assertThat(longPrompts.performance().decodeTokensPerSecond())
        .isLessThan(shortAnswers.performance().decodeTokensPerSecond());
    assertThat(longPrompts.performance().timeToFirstTokenMs())
        .isGreaterThan(shortAnswers.performance().timeToFirstTokenMs());
  }
}
