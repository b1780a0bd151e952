package io.canrun.gateway.feasibility;

import static io.canrun.gateway.feasibility.Specs.model;
import static io.canrun.gateway.feasibility.Specs.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Only layouts engines deploy: TP a power of two within a node that divides the heads, block-FP8
 * divisibility, pipeline stages of whole nodes, expert and attention data parallelism. Memory
 * figures in the comments are by hand from config.json and catalog-specs.md.
 */
class LayoutTest {

  private final FeasibilityEngine engine = new FeasibilityEngine();

  @Test
  void deepSeekFp8NeedsAWholeH200NodeNotSixChips() {
    // 673.0e9 B of FP8 weights = 626.8 GiB: TP4 puts 156.7 GiB on each chip, over vLLM's
    // 0.90 x 140 = 126 GiB; six chips would hold it but are no layout anyone deploys.
    Estimate e = engine.estimate(model("deepseek-v3"), Specs.h200(), request(null, null, 32_768));
    assertThat(e.chipsRequired()).isEqualTo(8);
    assertThat(e.layout().tensorParallel()).isEqualTo(8);
    assertThat(e.layout().pipelineStages()).isEqualTo(1);
    assertThat(e.layout().nodes()).isEqualTo(1);
    assertThat(e.rejectedLayouts()).anyMatch(r -> r.startsWith("3, 5, 6, 7 chips"));
    assertThat(e.rejectedLayouts()).anyMatch(r -> r.startsWith("TP4 (4 chips): needs"));
  }

  @Test
  void beyondOneNodeVllmAddsPipelineStagesAndSglangWidensTensorParallelism() {
    // 626.8 GiB / 8 = 78.3 GiB per chip, over 0.90 x 79.6 = 71.6 on H100: two nodes.
    Estimate vllm =
        engine.estimate(model("deepseek-v3"), Specs.h100(), request(null, null, 32_768));
    assertThat(vllm.chipsRequired()).isEqualTo(16);
    assertThat(vllm.layout().tensorParallel()).isEqualTo(8);
    assertThat(vllm.layout().pipelineStages()).isEqualTo(2);
    assertThat(vllm.layout().nodes()).isEqualTo(2);
    Estimate sglang =
        engine.estimate(
            model("deepseek-v3"),
            Specs.h100(),
            request(ServingEngine.SGLANG, null, null, 32_768, 32_767, 1, Concurrency.of(1)));
    assertThat(sglang.chipsRequired()).isEqualTo(16);
    assertThat(sglang.layout().tensorParallel()).isEqualTo(16);
    assertThat(sglang.layout().nodes()).isEqualTo(2);
  }

  @Test
  void blockFp8SplitsMustKeepWholeBlocks() {
    // Qwen3-235B-A22B FP8: 219 GiB of weights; TP2 leaves 109.5 GiB per chip, over the H20's
    // 0.90 x 95.6 = 86.0, TP4 54.7 GiB fits. TP8 would cut moe_intermediate_size 1,536 into
    // 192-wide slices, not a multiple of the 128-wide FP8 blocks (vLLM #17569).
    Estimate fp8 =
        engine.estimate(model("qwen3-235b-a22b"), Specs.h20(), request(null, null, 32_768));
    assertThat(fp8.precision()).isEqualTo(WeightFormat.BF16);
    Estimate fp8Asked =
        engine.estimate(
            model("qwen3-235b-a22b"), Specs.h20(), request(null, WeightFormat.FP8, 32_768));
    assertThat(fp8Asked.chipsRequired()).isEqualTo(4);
    Estimate bf16 =
        engine.estimate(
            model("qwen3-235b-a22b"), Specs.h20(), request(null, WeightFormat.BF16, 32_768));
    assertThat(bf16.chipsRequired()).isEqualTo(8);

    List<LayoutRules.Candidate> candidates =
        new LayoutRules(
                model("qwen3-235b-a22b"),
                WeightFormat.FP8,
                EngineProfiles.STANDARD.of(ServingEngine.VLLM),
                8)
            .candidates();
    assertThat(candidates)
        .filteredOn(c -> c.layout().tensorParallel() == 8 && c.layout().expertParallel() == 1)
        .first()
        .extracting(LayoutRules.Candidate::illegal)
        .asString()
        .contains("moe_intermediate_size 1536 / 8 = 192 is not a multiple of the 128-wide");
    // Whole experts per rank (EP8) avoid the split.
    assertThat(candidates)
        .filteredOn(c -> c.layout().tensorParallel() == 8 && c.layout().expertParallel() == 8)
        .allMatch(c -> c.illegal() == null);
  }

  @Test
  void pipelineStagesTakeWholeNodesSoLlama70bAtBf16IsTensorParallel() {
    // 141.1e9 B = 131.4 GiB: TP2 needs 65.7 GiB of weights + 5.0 GiB of KV at 32k + 6.7 GiB
    // reserve = 77.4 GiB per chip, over 71.6; TP4 fits. TP1 x 3 stages inside one node is not
    // a layout vLLM is deployed with.
    Estimate e =
        engine.estimate(
            model("llama-3.1-70b"), Specs.h100(), request(null, WeightFormat.BF16, 32_768));
    assertThat(e.chipsRequired()).isEqualTo(4);
    assertThat(e.layout().tensorParallel()).isEqualTo(4);
    assertThat(e.layout().pipelineStages()).isEqualTo(1);
  }

  @Test
  void llamaCppSplitsLayersOverTheCardsOfOneMachine() {
    // Q4_0 Llama 3.1 70B: 39.96e9 B = 37.2 GiB, over one 24 GB card; two cards hold 18.6 GiB
    // each plus KV and compute buffer.
    Estimate e =
        engine.estimate(
            model("llama-3.1-70b"),
            Specs.rtx4090(),
            request(
                ServingEngine.LLAMACPP,
                null,
                WeightFormat.Q4_0,
                4096,
                512,
                512,
                Concurrency.of(1)));
    assertThat(e.chipsRequired()).isEqualTo(2);
    assertThat(e.layout().tensorParallel()).isEqualTo(1);
    assertThat(e.layout().pipelineStages()).isEqualTo(2);
  }

  @Test
  void tensorParallelismMustDivideTheAttentionHeads() {
    // Qwen3.5-27B has 24 attention heads; SGLang may go beyond a node with TP, but not TP16.
    List<LayoutRules.Candidate> candidates =
        new LayoutRules(
                model("qwen3.5-27b"),
                WeightFormat.BF16,
                EngineProfiles.STANDARD.of(ServingEngine.SGLANG),
                8)
            .candidates();
    assertThat(candidates)
        .filteredOn(c -> c.layout().tensorParallel() == 16)
        .allMatch(c -> "TP16: 24 attention heads do not divide by 16".equals(c.illegal()));
    assertThat(candidates)
        .filteredOn(c -> c.layout().tensorParallel() == 8)
        .allMatch(c -> c.illegal() == null);
  }

  @Test
  void kimiK2NeedsTwoH200Nodes() {
    // 1,026.4 B params in FP8 = 956 GiB: 119.5 GiB per chip on 8 x H200, plus the replicated MLA
    // latent of 131,072 tokens (8.6 GiB) and the reserve: over 126 GiB.
    Estimate e = engine.estimate(model("kimi-k2"), Specs.h200(), request(null, null, 131_072));
    assertThat(e.chipsRequired()).isEqualTo(16);
    assertThat(e.layout().nodes()).isEqualTo(2);
  }

  @Test
  void anExactChipCountUsesReplicasWhenTheModelNeedsFewer() {
    // Llama 3.1 8B fits one H100; eight chips serving as many requests as fit are copies of a
    // smaller layout (whichever serves the most tokens per second), not one TP8 model.
    Estimate e =
        engine.estimate(
            model("llama-3.1-8b"),
            Specs.h100(),
            request(ServingEngine.VLLM, 8, WeightFormat.BF16, 4096, 2000, 1000, Concurrency.MAX));
    assertThat(e.layout().chips()).isEqualTo(8);
    assertThat(e.layout().replicas()).isGreaterThan(1);
    assertThat(e.layout().replicas() * e.layout().chipsPerReplica()).isEqualTo(8);
    assertThat(e.concurrency()).isGreaterThan(8);
  }

  @Test
  void mlaModelsUnderLoadMayRunAttentionDataParallel() {
    Estimate e =
        engine.estimate(
            model("deepseek-r1"),
            Specs.h200(),
            request(ServingEngine.TRTLLM, 8, null, 3072, 1024, 2048, Concurrency.of(1024)));
    assertThat(e.layout().attentionDataParallel()).isTrue();
    assertThat(e.layout().expertParallel()).isEqualTo(8);
    assertThat(e.layout().describe()).isEqualTo("TP8, EP8, attention DP");
  }

  @Test
  void threeChipsAreThreeReplicasAndTooSmallEachForSeventyBillionAtBf16() {
    // No TP3 exists and stages take whole nodes, so 3 chips can only be 3 copies of TP1, each
    // needing the whole 131.4 GiB.
    Estimate e =
        engine.estimate(model("llama-3.1-70b"), Specs.h100(), request(3, WeightFormat.BF16, 4096));
    assertThat(e.fits()).isFalse();
    assertThat(e.layout().replicas()).isEqualTo(3);
    assertThat(e.rejectedLayouts()).anyMatch(r -> r.startsWith("TP1 (1 chip): needs 13"));
  }
}
