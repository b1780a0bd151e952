package io.canrun.policy.engine;

import static io.canrun.policy.engine.SeededPolicy.decisiveRules;
import static io.canrun.policy.engine.SeededPolicy.evaluate;
import static io.canrun.policy.engine.SeededPolicy.regime;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The January 2026 band (91 FR 1684, effective 2026-01-15) is case-by-case only for chips
 * commercially available in the US; a China-only SKU fails that condition and keeps the presumption
 * of denial (research notes C.6), and an unknown market never earns case-by-case.
 */
class ReviewBandMarketTest {

  private static RegimeVerdict toChina(ItemSpec item, String asOf) {
    return regime(evaluate(SeededPolicy.SNAPSHOT, item, "CN", asOf, "US", null), "US-EAR");
  }

  private static ItemSpec withMarket(String id, Boolean soldInUs) {
    ItemSpec c = GroundTruthChips.spec(id);
    return new ItemSpec(
        c.id(),
        c.name(),
        c.vendor(),
        c.designerCountry(),
        c.foundry(),
        c.marketSegment(),
        c.dieAreaMm2(),
        c.memoryBandwidthGBps(),
        c.interconnectGBps(),
        c.tops(),
        c.type(),
        soldInUs,
        c.scaleUpInterconnect(),
        c.packageAreaMm2());
  }

  @Test
  void aChinaOnlySkuKeepsThePresumptionOfDenial() {
    // H800: TPP 15,832 < 21,000 and 3,350 GB/s < 6,500 — inside the band's ceilings.
    RegimeVerdict before = toChina(GroundTruthChips.spec("h800-sxm"), "2026-01-14");
    assertThat(before.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
    RegimeVerdict h800 = toChina(GroundTruthChips.spec("h800-sxm"), "2026-01-15");
    assertThat(h800.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(h800.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
    assertThat(decisiveRules(h800)).contains("ear-3a090-2026-china-band-not-sold-in-us");
    assertThat(toChina(GroundTruthChips.spec("a800-sxm-80gb"), "2026-01-15").reviewPolicy())
        .isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
  }

  @Test
  void aChipSoldInTheUsIsCaseByCaseWithTheOtherConditionsListed() {
    RegimeVerdict h100 = toChina(GroundTruthChips.spec("h100-sxm"), "2026-01-15");
    assertThat(h100.reviewPolicy()).isEqualTo(ReviewPolicy.CASE_BY_CASE);
    assertThat(h100.conditions()).noneMatch(c -> c.contains("commercially available"));
    assertThat(h100.conditions()).anyMatch(c -> c.contains("third-party testing"));
    assertThat(h100.assumptions()).anyMatch(a -> a.contains("sold in the US market"));
  }

  @Test
  void anUnknownMarketIsUndecidedNotCaseByCase() {
    RegimeVerdict unknown = toChina(withMarket("h100-sxm", null), "2026-01-15");
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(decisiveRules(unknown))
        .containsExactly("ear-3a090-2026-china-band-us-market-unknown");
    assertThat(toChina(withMarket("h100-sxm", null), "2026-01-14").reviewPolicy())
        .isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
  }
}
