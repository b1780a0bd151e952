package io.canrun.policy.engine;

import static io.canrun.policy.engine.SeededPolicy.decisiveRules;
import static io.canrun.policy.engine.SeededPolicy.evaluate;
import static io.canrun.policy.engine.SeededPolicy.regime;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sale within the country that designed the chip is not an export from the US (15 CFR 734.3);
 * only what the sources name can change that: a TSMC/Samsung foundry (foreign-direct-product
 * rules), US-person support, or BIS's General Prohibition 10 guidance on PRC 3A090 chips.
 */
class DomesticSaleTest {

  private static RegimeVerdict within(String item, String country, String asOf) {
    return regime(evaluate(item, country, asOf, country, null), "US-EAR");
  }

  @Test
  void aChineseChipSoldInChinaIsNotAnExportAndSaysWhatWouldChangeThat() {
    // Before BIS's GP10 guidance of 2025-05-13.
    RegimeVerdict s5000 = within("mtt-s5000", "CN", "2025-05-12");
    assertThat(s5000.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(decisiveRules(s5000)).containsExactly("ear-domestic-sale-foreign-designed");
    assertThat(s5000.assumptions())
        .anyMatch(a -> a.contains("TSMC or Samsung") && a.contains("US person"));
  }

  @Test
  void prc3a090ChipsCarryTheGp10WarningFrom13May2025() {
    // S5000: FP8 1,000 × 8 = TPP 8,000 ≥ 4,800 → 3A090.a; Ascend 910C: BF16 752 × 16 = 12,032.
    for (String chip : List.of("mtt-s5000", "ascend-910c")) {
      RegimeVerdict verdict = within(chip, "CN", "2025-05-13");
      assertThat(verdict.verdict()).as(chip).isEqualTo(Verdict.DISCOURAGED);
      assertThat(decisiveRules(verdict)).containsExactly("ear-2025-05-gp10-prc-advanced-ics");
    }
    // The T-Head PPU's figures are unpublished: the warning is kept, not dropped.
    assertThat(within("zhenwu-810e", "CN", "2025-05-12").verdict())
        .isEqualTo(Verdict.NOT_APPLICABLE);
    RegimeVerdict ppu = within("zhenwu-810e", "CN", "2025-05-13");
    assertThat(ppu.verdict()).isEqualTo(Verdict.DISCOURAGED);
    assertThat(decisiveRules(ppu)).containsExactly("ear-2025-05-gp10-prc-class-unknown");
  }

  @Test
  void aTsmcMadeChineseChipSoldInChinaIsATransferOfAForeignDirectProduct() {
    RegimeVerdict biren = within("biren-br100", "CN", "2024-06-01");
    assertThat(biren.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(biren.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
    assertThat(decisiveRules(biren)).containsExactly("ear-3a090-2023-fdp-foreign-made");
  }

  @Test
  void unknownFoundryStaysUnknownOnlyAcrossABorder() {
    RegimeVerdict toMacau = regime(evaluate("mtt-s5000", "MO", "2024-06-01", "CN", null), "US-EAR");
    assertThat(toMacau.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(decisiveRules(toMacau)).containsExactly("ear-3a090-2023-fdp-foundry-unknown");
    assertThat(within("mtt-s5000", "CN", "2024-06-01").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  void aUsChipSoldInTheUsIsNotAnExport() {
    RegimeVerdict h100 = within("h100-sxm", "US", "2026-11-22");
    assertThat(h100.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(decisiveRules(h100)).containsExactly("ear-destination-us-not-an-export");
  }

  @Test
  void withoutExportFromEachItemShipsFromItsDesignersCountry() {
    EvaluationQuery query =
        new EvaluationQuery(
            LocalDate.parse("2024-06-01"),
            List.of(GroundTruthChips.spec("mtt-s5000"), GroundTruthChips.spec("h100-sxm")),
            List.of("CN"),
            null,
            null);
    List<PairVerdict> pairs = SeededPolicy.EVALUATOR.evaluate(SeededPolicy.SNAPSHOT, query);
    assertThat(pairs).extracting(PairVerdict::exportFrom).containsExactly("CN", "US");
    assertThat(regime(pairs.get(0), "US-EAR").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(regime(pairs.get(1), "US-EAR").verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
  }
}
