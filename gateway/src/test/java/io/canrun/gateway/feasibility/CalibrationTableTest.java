package io.canrun.gateway.feasibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which calibration row an estimate uses, and how it says so when it falls back. */
class CalibrationTableTest {

  private final CalibrationTable table = CalibrationTable.standard();

  private Calibration lookup(
      String chip, ServingEngine engine, String precision, String arch, int tp) {
    return table.lookup(
        new CalibrationTable.Key(
            chip,
            engine,
            EngineProfiles.STANDARD.of(engine).calibrationClass(),
            precision,
            arch,
            CalibrationTable.Key.bucket(tp)));
  }

  @Test
  void aChipOfAFittedFamilyWithTheSameEngineUsesTheFamilyRow() {
    Calibration c = lookup("h200-sxm", ServingEngine.TRTLLM, "w8", "dense", 2);
    assertThat(c.decodeRow()).isEqualTo("hopper-trtllm-w8-dense");
    assertThat(c.prefillRow()).isEqualTo("hopper-trtllm-prefill-tp");
    assertThat(c.fallback()).isNull();
    assertThat(c.rangePct()).isEqualTo(15);
  }

  @Test
  void anEngineWithoutRowsUsesItsEngineClassAndSaysSo() {
    Calibration c = lookup("h100-sxm", ServingEngine.VLLM, "w16", "dense", 1);
    assertThat(c.decodeRow()).isEqualTo("graph-dense");
    assertThat(c.fallback()).contains("engine class 'graph' for vllm");
    assertThat(c.rangePct()).isEqualTo(35);
  }

  @Test
  void aChipOfNoFamilyFallsBackAndSaysSo() {
    Calibration c = lookup("mtt-s5000", ServingEngine.SGLANG, "w8", "moe", 8);
    assertThat(c.decodeRow()).isEqualTo("graph-moe");
    assertThat(c.fallback()).contains("no row for mtt-s5000 or its family");
  }

  @Test
  void aChipWithItsOwnRowDoesNotSpeakForItsFamily() {
    // The H20's SGLang rows (a third of its bandwidth bound) are the H20's alone.
    Calibration h100 = lookup("h100-sxm", ServingEngine.SGLANG, "w16", "dense", 1);
    assertThat(h100.decodeRow()).isEqualTo("graph-dense");
    Calibration h20 = lookup("h20", ServingEngine.SGLANG, "w16", "dense", 1);
    assertThat(h20.decodeRow()).isEqualTo("h20-sglang-dense");
  }

  @Test
  void denseAndMoeFiguresNeverStandInForEachOther() {
    assertThat(lookup("h100-sxm", ServingEngine.TRTLLM, "w8", "moe", 8).decodeRow())
        .isEqualTo("hopper-trtllm-w8-moe");
    assertThat(lookup("h100-sxm", ServingEngine.SGLANG, "w16", "moe", 1).decodeRow())
        .isEqualTo("graph-moe");
  }

  @Test
  void anotherPrecisionOfTheSameFamilyAndEngineIsUsedAndNamed() {
    Calibration c = lookup("h100-pcie", ServingEngine.LLAMACPP, "w8", "dense", 1);
    assertThat(c.decodeRow()).isIn("hopper-llamacpp-w16", "hopper-llamacpp-w4");
    assertThat(c.fallback()).contains("figures for w8 weights");
  }

  @Test
  void overridesReplaceFiguresAndAreReportedAsSuch() {
    Calibration c =
        lookup("h100-sxm", ServingEngine.TRTLLM, "w8", "dense", 2)
            .with(EngineConstants.DEFAULTS.with(Map.of("decodeEfficiency", 0.5)));
    assertThat(c.decodeEfficiency()).isEqualTo(0.5);
    assertThat(c.decodeRow()).isEqualTo("request override");
  }
}
