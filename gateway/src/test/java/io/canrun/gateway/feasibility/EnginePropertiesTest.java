package io.canrun.gateway.feasibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for every seeded model on every seeded chip under every engine, so a
 * bug of one kind is caught wherever it shows: no exception, every layout legal and consistent,
 * memory within the engine's budget when it fits, ranges around their figures, and the obvious
 * monotonic relations.
 */
class EnginePropertiesTest {

  private final FeasibilityEngine engine = new FeasibilityEngine();
  private final SeedCatalog catalog = SeedCatalog.get();

  private List<Estimate> everyPair(DeploymentRequest.Builder shape) {
    List<Estimate> estimates = new ArrayList<>();
    for (ModelArchitecture model : catalog.models()) {
      for (ChipSpec chip : catalog.chips()) {
        for (ServingEngine serving : ServingEngine.values()) {
          estimates.add(engine.estimate(model, chip, shape.engine(serving).build()));
        }
      }
    }
    return estimates;
  }

  @Test
  void everyEstimateIsConsistentWithItself() {
    int fitting = 0;
    for (Concurrency concurrency :
        List.of(Concurrency.of(1), Concurrency.of(32), Concurrency.MAX)) {
      for (Estimate e :
          everyPair(DeploymentRequest.builder(16_384).shape(4096, 1024).concurrency(concurrency))) {
        if (!Boolean.TRUE.equals(e.fits())) {
          continue;
        }
        fitting++;
        Layout layout = e.layout();
        assertThat(layout.chips()).isEqualTo(e.chipsUsed());
        assertThat(Integer.bitCount(layout.tensorParallel())).isEqualTo(1);
        assertThat(e.memory().totalGiB()).isLessThanOrEqualTo(e.memory().budgetGiB() + 1e-9);
        assertThat(e.memory().budgetGiB()).isLessThanOrEqualTo(e.memory().capacityGiB() + 1e-9);
        assertThat(e.concurrency()).isPositive();
        Estimate.Performance p = e.performance();
        if (p.decodeTokensPerSecond() != null) {
          assertThat(p.decodeTokensPerSecond()).isPositive().isFinite();
          assertThat(p.decodeTokensPerSecond()).isLessThanOrEqualTo(p.decodeBoundTokensPerSecond());
          Estimate.Range range = p.range().decodeTokensPerSecond();
          assertThat(p.decodeTokensPerSecond()).isBetween(range.low(), range.high());
          assertThat(p.calibration().decodeRow()).isNotBlank();
        }
        if (p.outputTokensPerSecond() != null) {
          assertThat(p.outputTokensPerSecond()).isPositive().isFinite();
          assertThat(p.timeToFirstTokenMs()).isPositive().isFinite();
          // No request produces tokens faster than one alone would.
          assertThat(1000 / p.timePerOutputTokenMs())
              .isLessThanOrEqualTo(p.decodeTokensPerSecond() * (1 + 1e-9));
        }
      }
    }
    assertThat(fitting).isGreaterThan(1000);
  }

  @Test
  void moreChipsNeverHoldFewerRequests() {
    for (ModelArchitecture model : catalog.models()) {
      for (ChipSpec chip : List.of(Specs.h100(), Specs.h200(), Specs.h20())) {
        int previous = 0;
        for (int count : new int[] {8, 16, 32, 64}) {
          Estimate e =
              engine.estimate(model, chip, DeploymentRequest.builder(8192).chips(count).build());
          Integer capacity = e.maxConcurrencyAtContext();
          if (capacity != null && Boolean.TRUE.equals(e.fits())) {
            assertThat(capacity)
                .as("%s on %d x %s", model.slug(), count, chip.slug())
                .isGreaterThanOrEqualTo(previous);
            previous = capacity;
          }
        }
      }
    }
  }

  @Test
  void aWiderFormatNeverNeedsFewerChipsAndALongerContextNeverLessKv() {
    for (ModelArchitecture model : catalog.models()) {
      ModelBytes wide = bytes(model, WeightFormat.BF16);
      if (wide == null) {
        continue;
      }
      assertThat(wide.totalWeightBytes())
          .isGreaterThanOrEqualTo(bytes(model, WeightFormat.FP8).totalWeightBytes());
      assertThat(bytes(model, WeightFormat.FP8).totalWeightBytes())
          .isGreaterThanOrEqualTo(bytes(model, WeightFormat.NVFP4).totalWeightBytes());
      Estimate fp8 =
          engine.estimate(
              model,
              Specs.h200(),
              DeploymentRequest.builder(4096).weights(WeightFormat.FP8).build());
      Estimate bf16 =
          engine.estimate(
              model,
              Specs.h200(),
              DeploymentRequest.builder(4096).weights(WeightFormat.BF16).build());
      if (fp8.chipsRequired() != null && bf16.chipsRequired() != null) {
        assertThat(bf16.chipsRequired())
            .as(model.slug())
            .isGreaterThanOrEqualTo(fp8.chipsRequired());
      }
      double previous = -1;
      for (int context : new int[] {1024, 4096, 16_384, 32_768}) {
        Estimate e =
            engine.estimate(
                model, Specs.h200(), DeploymentRequest.builder(context).chips(8).build());
        if (e.memory() != null) {
          assertThat(e.memory().kvCacheGiB()).isGreaterThanOrEqualTo(previous);
          previous = e.memory().kvCacheGiB();
        }
      }
    }
  }

  @Test
  void theRecountedTotalAgreesWithTheShapeOfEveryModel() {
    // The catalog's totals are recounts from config.json; the engine counts attention, experts
    // and embeddings from the shape and leaves the rest to the dense FFN, shared experts and
    // routers. That rest must match what the shape says those are, within 1 %.
    for (ModelArchitecture model : catalog.models()) {
      ParameterCounts counts = ParameterCounts.of(model);
      if (counts == null || model.hiddenSize() == null || model.layers() == null) {
        continue;
      }
      double shaped = denseFfnAndShared(model);
      if (Double.isNaN(shaped)) {
        continue;
      }
      // Qwen3.5's gated attention doubles q_proj: that 2 % is counted in the rest.
      assertThat(counts.mlp()).as(model.slug()).isCloseTo(shaped, within(0.02 * counts.total()));
    }
  }

  private static double denseFfnAndShared(ModelArchitecture model) {
    double hidden = model.hiddenSize();
    int layers = model.layers();
    ModelArchitecture.Moe moe = model.moe();
    int denseLayers = moe == null ? layers : (moe.denseLayers() == null ? 0 : moe.denseLayers());
    int moeLayers = layers - denseLayers;
    double total = 0;
    if (denseLayers > 0) {
      if (model.intermediateSize() == null) {
        return Double.NaN;
      }
      total += 3 * hidden * model.intermediateSize() * denseLayers;
    }
    if (moe != null) {
      total +=
          moe.sharedIntermediateSize() == null
              ? 0
              : 3 * hidden * moe.sharedIntermediateSize() * moeLayers;
      total += hidden * moe.experts() * moeLayers;
    }
    return total;
  }

  private static ModelBytes bytes(ModelArchitecture model, WeightFormat format) {
    ParameterCounts counts = ParameterCounts.of(model);
    return counts == null ? null : new ModelBytes(model, counts, format, 2);
  }
}
