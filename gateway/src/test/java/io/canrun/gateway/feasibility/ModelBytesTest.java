package io.canrun.gateway.feasibility;

import static io.canrun.gateway.feasibility.Specs.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Weights by tensor and format, KV per attention kind, expert sizes from the shape; by hand. */
class ModelBytesTest {

  private static ModelBytes bytes(String slug, WeightFormat weights) {
    ModelArchitecture model = model(slug);
    return new ModelBytes(model, ParameterCounts.of(model), weights, 2);
  }

  @Test
  void fp8CheckpointsKeepEmbeddingsAndLmHeadInBf16() {
    // Llama 3.1 70B: embedding = lm_head = 128,256 x 8,192 = 1,050,673,152 params at 2 B;
    // norms 8,192 x 161 = 1,318,912 at 2 B; attention 80 x 8,192 x 128 x (2 x 64 + 2 x 8) =
    // 12,079,595,520 and the MLP (the rest of the recounted 70.554 B) 56,371,739,264 at 1 B plus
    // the FP8 block-128 scales (4/16,384 B per weight): 72,673,367,342 B.
    assertThat(bytes("llama-3.1-70b", WeightFormat.FP8).totalWeightBytes())
        .isCloseTo(72_673_367_342.0, within(1e3));
  }

  @Test
  void fourBitFormatsCountTheirScales() {
    // NVFP4: 16 x 4 bits + an FP8 scale = 4.5 bits for the 68,451,334,784 block weights;
    // embeddings, lm_head and norms at 2 B (4,205,330,432): 42,709,206,248 B.
    assertThat(bytes("llama-3.1-70b", WeightFormat.NVFP4).totalWeightBytes())
        .isCloseTo(42_709_206_248.0, within(1e3));
    // INT4 AWQ/GPTQ, group 128 with an FP16 scale and a 4-bit zero: 4.156 bits = 0.5195 B.
    assertThat(bytes("llama-3.1-70b", WeightFormat.INT4).totalWeightBytes())
        .isCloseTo(39_765_798_852.0, within(1e3));
    // MXFP4 on gpt-oss-120b: experts 128 x 3 x 2,880 x 2,880 x 36 layers = 114,661,785,600 at
    // 4.25 bits; the other 2,127,214,400 (attention, embeddings, routers, norms) in BF16:
    // 60,914,073,600 + 4,254,428,800 B (60.7 GiB). The shape counts 48,640 more than the total,
    // which is rounded to 0.001 B, so the bytes agree to 0.1 MB.
    assertThat(bytes("gpt-oss-120b", WeightFormat.MXFP4).totalWeightBytes())
        .isCloseTo(65_168_502_400.0, within(1e5));
  }

  @Test
  void ggufQ4KeepsTheOutputTensorAtQ6K() {
    // Llama 2 7B Q4_0: token_embd 131,072,000 x 18/32 B, output at Q6_K 210/256 B, norms
    // 4,096 x 65 in F32, the other 2,147,483,648 + 4,328,106,112 weights at 18/32 B:
    // 3,824,830,562 B.
    assertThat(bytes("llama-2-7b", WeightFormat.Q4_0).totalWeightBytes())
        .isCloseTo(3_824_830_562.0, within(1e3));
  }

  @Test
  void metasFp8CheckpointKeepsAttentionInBf16() {
    // Llama 3.1 405B: attention 126 x 16,384 x 128 x (256 + 16) = 71,873,593,344 params stay
    // BF16, so 8 GPUs hold 60.25 GB each instead of 51.27 GB (vLLM logged 57.75 per GPU).
    double perGpu = bytes("llama-3.1-405b", WeightFormat.FP8).totalWeightBytes() / 8;
    assertThat(perGpu / 1e9).isCloseTo(60.25, within(0.01));
  }

  @Test
  void expertSizesComeFromTheShapeNotFromPublishedTotals() {
    // DeepSeek-V3: one expert is 3 x 7,168 x 2,048 = 44,040,192 params per layer, x 58 MoE layers
    // = 2,554,331,136; back-solving (671 - 37) B / (256 - 8) would give 2.556 B.
    ParameterCounts counts = ParameterCounts.of(model("deepseek-v3"));
    assertThat(counts.expertPerLayer() * counts.moeLayers()).isEqualTo(2_554_331_136.0);
    assertThat(counts.expertParams()).isEqualTo(653_908_770_816.0);
    // Kimi K2 recounts to 1,026.4 B from its config (384 experts, 60 MoE layers).
    assertThat(ParameterCounts.of(model("kimi-k2")).total() / 1e9).isCloseTo(1026.4, within(0.1));
  }

  @Test
  void decodeReadsTheActiveExpertsAtBatchOneAndAllOfThemAtLargeBatch() {
    ModelBytes deepseek = bytes("deepseek-v3", WeightFormat.FP8);
    // 8 of 256 experts per token: 8 x 2,554,331,136 x 1.000244 B.
    assertThat(deepseek.expertBytesRead(1)).isCloseTo(8 * 2_554_331_136.0 * 1.000244, within(1e3));
    assertThat(deepseek.expertBytesRead(100_000))
        .isCloseTo(653_908_770_816.0 * 1.000244, within(1e6));
  }

  @Test
  void kvPerTokenFollowsTheAttentionKind() {
    // GQA: 2 x 80 layers x 8 KV heads x 128 x 2 B.
    assertThat(bytes("llama-3.1-70b", WeightFormat.BF16).kvBytesPerToken()).isEqualTo(327_680.0);
    // MLA: 61 layers x (512 + 64) x 2 B, independent of the 128 heads.
    assertThat(bytes("deepseek-v3", WeightFormat.FP8).kvBytesPerToken()).isEqualTo(70_272.0);
    // Hybrid: only the 15 full-attention layers: 2 x 15 x 2 x 256 x 2 B.
    ModelBytes qwen = bytes("qwen3.5-397b-a17b", WeightFormat.BF16);
    assertThat(qwen.kvBytesPerToken()).isEqualTo(30_720.0);
    // 45 GDN layers x (64 x 128 x 128 x 4 B + (2 x 16 x 128 + 64 x 128) x 3 x 2 B).
    assertThat(qwen.recurrentBytesPerSequence()).isEqualTo(45.0 * (4_194_304 + 73_728));
    // Sliding window: 18 full layers grow; 18 window layers hold 128 tokens.
    ModelBytes gptOss = bytes("gpt-oss-120b", WeightFormat.MXFP4);
    assertThat(gptOss.kvBytesPerToken()).isEqualTo(36_864.0);
    assertThat(gptOss.windowBytesPerSequence(8192)).isEqualTo(2.0 * 18 * 8 * 64 * 2 * 128);
  }

  @Test
  void tensorParallelismSplitsKvHeadsAndReplicatesBeyondThem() {
    ModelBytes qwen235 = bytes("qwen3-235b-a22b", WeightFormat.FP8);
    // 4 KV heads: TP2 splits in two, TP8 can split only four ways (each head on two ranks).
    assertThat(qwen235.kvShards(2)).isEqualTo(2);
    assertThat(qwen235.kvShards(8)).isEqualTo(4);
    // MLA's latent is on every rank.
    assertThat(bytes("deepseek-v3", WeightFormat.FP8).kvShards(8)).isEqualTo(1);
  }
}
