package io.canrun.gateway.feasibility;

import static io.canrun.gateway.feasibility.Specs.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Monotonic properties that must hold for every model and chip, checked over a grid of inputs. */
class EnginePropertiesTest {

  private final FeasibilityEngine engine = new FeasibilityEngine();
  private final List<ModelArchitecture> models =
      List.of(
          Specs.llama70b(),
          Specs.deepseekV3(),
          Specs.qwen35_397b(),
          Specs.qwen3_30b(),
          Specs.gptOss120b());
  private final List<ChipSpec> chips = List.of(Specs.h100(), Specs.h200(), Specs.mttS5000());

  @Test
  void moreChipsNeverLowerCapacity() {
    for (ModelArchitecture model : models) {
      for (ChipSpec chip : chips) {
        int previous = -1;
        for (int count : new int[] {8, 16, 32, 64}) {
          Estimate estimate = engine.estimate(model, chip, request(count, null, 8192, 1));
          Integer capacity = estimate.maxConcurrencyAtContext();
          if (capacity != null) {
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
  void aWiderPrecisionNeverNeedsLessMemory() {
    for (ModelArchitecture model : models) {
      ModelMemory memory = new ModelMemory(model);
      assertThat(memory.weightBytes(WeightFormat.BF16))
          .isGreaterThanOrEqualTo(memory.weightBytes(WeightFormat.FP8));
      assertThat(memory.weightBytes(WeightFormat.FP8))
          .isGreaterThanOrEqualTo(memory.weightBytes(WeightFormat.FP4));
      assertThat(memory.weightBytes(WeightFormat.FP32))
          .isGreaterThanOrEqualTo(memory.weightBytes(WeightFormat.BF16));
      Estimate narrow =
          engine.estimate(model, Specs.h200(), request(null, WeightFormat.FP8, 4096, 1));
      Estimate wide =
          engine.estimate(model, Specs.h200(), request(null, WeightFormat.BF16, 4096, 1));
      assertThat(wide.chipsRequired()).isGreaterThanOrEqualTo(narrow.chipsRequired());
    }
  }

  @Test
  void aLongerContextNeverNeedsLessKvCache() {
    for (ModelArchitecture model : models) {
      double previous = -1;
      for (int context : new int[] {1024, 4096, 16384, 32768}) {
        Estimate estimate = engine.estimate(model, Specs.h200(), request(8, null, context, 1));
        assertThat(estimate.memory().kvCacheGiB()).isGreaterThanOrEqualTo(previous);
        previous = estimate.memory().kvCacheGiB();
      }
    }
  }

  @Test
  void moreConcurrencyNeverRaisesPerSequenceSpeed() {
    for (ModelArchitecture model : models) {
      double previous = Double.MAX_VALUE;
      for (int concurrency : new int[] {1, 4, 16, 64}) {
        Estimate estimate =
            engine.estimate(model, Specs.h200(), request(8, null, 4096, concurrency));
        Double speed = estimate.performance().decodeTokensPerSecond();
        if (speed != null) {
          assertThat(speed).isLessThanOrEqualTo(previous);
          previous = speed;
        }
      }
    }
  }
}
