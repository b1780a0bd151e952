package io.canrun.gateway.feasibility;

import static io.canrun.gateway.feasibility.Specs.model;
import static io.canrun.gateway.feasibility.Specs.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which formats an engine loads and a chip runs, natively or weight-only. */
class PrecisionTest {

  private final FeasibilityEngine engine = new FeasibilityEngine();

  @Test
  void weightOnlyFormatsRunOnChipsWithoutThatPrecision() {
    // A100 has no FP8: vLLM runs FP8 checkpoints as W8A16 (Marlin); prefill at the BF16 peak.
    Estimate fp8 =
        engine.estimate(model("llama-3.1-8b"), Specs.a100(), request(1, WeightFormat.FP8, 4096));
    assertThat(fp8.fits()).isTrue();
    assertThat(fp8.notes()).anyMatch(n -> n.startsWith("FP8 runs as weight-only dequantization"));
    // 2 x 7.5e9 FLOP per prompt token at the 312 TFLOPS BF16 peak bounds prefill.
    assertThat(fp8.performance().prefillBoundTokensPerSecond()).isBetween(15_000.0, 25_000.0);
    // MXFP4 on Hopper (no FP4) likewise.
    Estimate mxfp4 = engine.estimate(model("gpt-oss-120b"), Specs.h100(), request(1, null, 8192));
    assertThat(mxfp4.precision()).isEqualTo(WeightFormat.MXFP4);
    assertThat(mxfp4.notes()).anyMatch(n -> n.startsWith("MXFP4 runs as weight-only"));
  }

  @Test
  void nvfp4NeedsNativeFp4() {
    Estimate hopper =
        engine.estimate(
            model("llama-3.1-70b"), Specs.h100(), request(null, WeightFormat.NVFP4, 4096));
    assertThat(hopper.fits()).isFalse();
    assertThat(hopper.notes()).anyMatch(n -> n.contains("has no native FP4 for NVFP4 weights"));
    Estimate blackwell =
        engine.estimate(
            model("llama-3.1-70b"), Specs.b200(), request(null, WeightFormat.NVFP4, 4096));
    assertThat(blackwell.fits()).isTrue();
    assertThat(blackwell.chipsRequired()).isEqualTo(1);
  }

  @Test
  void enginesLoadOnlyTheirFormats() {
    Estimate gguf =
        engine.estimate(model("llama-2-7b"), Specs.h100(), request(null, WeightFormat.Q4_0, 4096));
    assertThat(gguf.fits()).isFalse();
    assertThat(gguf.notes()).anyMatch(n -> n.startsWith("vLLM does not load Q4_0 weights"));
    // llama.cpp has no FP8: DeepSeek's native FP8 falls back to the nearest wider format.
    Estimate llamaCpp =
        engine.estimate(
            model("deepseek-v3"),
            Specs.h200(),
            request(ServingEngine.LLAMACPP, null, null, 4096, 512, 512, Concurrency.of(1)));
    assertThat(llamaCpp.precision()).isEqualTo(WeightFormat.BF16);
    assertThat(llamaCpp.notes()).anyMatch(n -> n.contains("nearest wider format"));
  }

  @Test
  void aFormatThatIsNoKvCacheFormatIsRefused() {
    DeploymentRequest int4Kv =
        DeploymentRequest.builder(4096)
            .chips(1)
            .weights(WeightFormat.BF16)
            .kv(WeightFormat.INT4)
            .constants(EngineConstants.DEFAULTS)
            .build();
    Estimate e = engine.estimate(model("llama-3.1-8b"), Specs.h100(), int4Kv);
    assertThat(e.fits()).isFalse();
    assertThat(e.notes()).anyMatch(n -> n.startsWith("INT4 is not a KV-cache format"));
  }

  @Test
  void unknownNamesAreRefusedNamingTheAllowedValues() {
    assertThatThrownBy(() -> WeightFormat.parse("FP7"))
        .hasMessage(
            "unknown precision 'FP7'; allowed: BF16, FP16, FP8, INT8, INT4, MXFP4, NVFP4, Q4_0,"
                + " Q8_0");
    assertThatThrownBy(() -> ServingEngine.parse("tgi"))
        .hasMessage("unknown engine 'tgi'; allowed: vllm, sglang, trtllm, llamacpp");
    assertThat(WeightFormat.parse("nvfp4")).isEqualTo(WeightFormat.NVFP4);
    assertThat(ServingEngine.parse("TRTLLM")).isEqualTo(ServingEngine.TRTLLM);
  }

  @Test
  void unknownFiguresGiveNullsWithNotesNeverGuesses() {
    Estimate jiutian =
        engine.estimate(model("jiutian-35b"), Specs.h100(), request(null, null, 4096));
    assertThat(jiutian.fits()).isNull();
    assertThat(jiutian.notes()).anyMatch(n -> n.contains("cannot be sized"));
    Estimate m890 =
        engine.estimate(
            model("qwen3-30b-a3b"), Specs.zhenwuM890(), request(null, WeightFormat.FP8, 4096));
    assertThat(m890.fits()).isTrue();
    assertThat(m890.performance().decodeTokensPerSecond()).isNull();
    assertThat(m890.notes()).anyMatch(n -> n.contains("memory bandwidth is unknown"));
  }
}
