package io.canrun.policy.engine;

import static io.canrun.policy.engine.SeededPolicy.decisiveRules;
import static io.canrun.policy.engine.SeededPolicy.evaluate;
import static io.canrun.policy.engine.SeededPolicy.regime;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The same item and destination before and after each seeded rule change. */
class TimeTravelTest {

  private static RegimeVerdict us(String item, String destination, String asOf) {
    return regime(evaluate(item, destination, asOf, "US", null), "US-EAR");
  }

  @Test
  void h800ToChinaWasFreeUnderThe2022CriteriaAndNeedsALicenceAfterNovember2023() {
    RegimeVerdict before = us("h800-sxm", "CN", "2023-01-15");
    assertThat(before.verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    assertThat(decisiveRules(before)).containsExactly("ear-baseline-us-origin");

    RegimeVerdict after = us("h800-sxm", "CN", "2024-01-15");
    assertThat(after.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(after.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
    assertThat(decisiveRules(after)).containsExactly("ear-3a090-2023-macau-d5");
  }

  @Test
  void h100ToChinaMovesToCaseByCaseInJanuary2026OnlyWhenShippedFromTheUs() {
    RegimeVerdict in2023 = us("h100-sxm", "CN", "2023-01-15");
    assertThat(in2023.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(in2023.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
    assertThat(decisiveRules(in2023)).containsExactly("ear-3a090-2022-china");

    RegimeVerdict fromUs = us("h100-sxm", "CN", "2026-11-22");
    assertThat(fromUs.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(fromUs.reviewPolicy()).isEqualTo(ReviewPolicy.CASE_BY_CASE);
    assertThat(decisiveRules(fromUs)).containsExactly("ear-3a090-2026-china-review-band");
    // Nine conditions in 91 FR 1684; "commercially available in the US" is decided from the item.
    assertThat(fromUs.conditions()).hasSize(8);
    assertThat(fromUs.rules())
        .anyMatch(
            o ->
                o.rule().id().equals("ear-3a090-2023-macau-d5")
                    && o.reason().startsWith("Superseded by ear-3a090-2026-china-review-band"));

    RegimeVerdict fromSingapore =
        regime(evaluate("h100-sxm", "CN", "2026-11-22", "SG", null), "US-EAR");
    assertThat(fromSingapore.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(fromSingapore.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
  }

  @Test
  void theReviewBandStopsAt21000TppAndAt6500GbpsOfMemoryBandwidth() {
    assertThat(us("mi325x", "CN", "2026-11-22").reviewPolicy())
        .isEqualTo(ReviewPolicy.CASE_BY_CASE);
    assertThat(us("b200", "CN", "2026-11-22").reviewPolicy())
        .isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
    assertThat(us("h200-sxm", "CN", "2026-01-14").reviewPolicy())
        .isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
    assertThat(us("h200-sxm", "CN", "2026-01-15").reviewPolicy())
        .isEqualTo(ReviewPolicy.CASE_BY_CASE);
  }

  @Test
  void h20ToChinaNeedsALicenceFromApril2025() {
    RegimeVerdict before = us("h20", "CN", "2025-03-01");
    assertThat(before.verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);

    RegimeVerdict after = us("h20", "CN", "2025-05-01");
    assertThat(after.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(after.reviewPolicy()).isNull();
    assertThat(decisiveRules(after)).containsExactly("ear-2025-04-h20-mi308-licence");

    RegimeVerdict licensing = us("h20", "CN", "2025-09-01");
    assertThat(licensing.reviewPolicy()).isEqualTo(ReviewPolicy.CASE_BY_CASE);
    assertThat(licensing.confidence()).isEqualTo(Confidence.M);
    assertThat(licensing.notes()).anyMatch(n -> n.startsWith("Rests on ear-2025-08-h20"));
  }

  /**
   * D:5 mirrors ITAR 126.1 from the day State changes it: Cambodia joined on 2021-12-09 (86 FR
   * 70053) and left on 2025-11-07 (DDTC final rule), before BIS's conforming rule of 2026-02-03.
   */
  @Test
  void cambodiaLeavesD5WithItar1261On7November2025() {
    RegimeVerdict before = us("h100-sxm", "KH", "2025-11-06");
    assertThat(before.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
    RegimeVerdict after = us("h100-sxm", "KH", "2025-11-07");
    assertThat(after.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(after.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_APPROVAL);
  }

  @Test
  void destinationScopeExcludesA5AndA6ButNamesTheUae() {
    assertThat(us("h100-sxm", "SA", "2024-06-01").reviewPolicy())
        .isEqualTo(ReviewPolicy.PRESUMPTION_OF_APPROVAL);
    assertThat(us("h100-sxm", "AE", "2024-06-01").verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(us("h100-sxm", "IL", "2024-06-01").verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    assertThat(us("h100-sxm", "IN", "2024-06-01").verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
  }

  /** 88 FR 2821 took effect on 2023-01-17, the day before it was published. */
  @Test
  void hongKongIsChinaAndMacauJoinsOn17January2023() {
    assertThat(us("a100-sxm-80gb", "HK", "2023-01-01").verdict())
        .isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(us("a100-sxm-80gb", "MO", "2023-01-16").verdict())
        .isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    RegimeVerdict macau = us("a100-sxm-80gb", "MO", "2023-01-17");
    assertThat(macau.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(decisiveRules(macau)).containsExactly("ear-3a090-2022-macau");
  }

  @Test
  void theOctober2023WindowIsAmbiguousForTheNamedProducts() {
    RegimeVerdict h800 = us("h800-sxm", "CN", "2023-11-01");
    assertThat(h800.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(h800.confidence()).isEqualTo(Confidence.L);
    // A100 already needed a licence under the 2022 rule: the ambiguity does not relax it.
    assertThat(us("a100-sxm-80gb", "CN", "2023-11-01").verdict())
        .isEqualTo(Verdict.LICENSE_REQUIRED);
  }

  @Test
  void aiDiffusionIsListedButNeverDecides() {
    RegimeVerdict india = us("h100-sxm", "IN", "2025-06-01");
    assertThat(india.verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    assertThat(india.rules())
        .anyMatch(
            o ->
                o.rule().id().equals("ear-ai-diffusion-2025-worldwide")
                    && !o.decisive()
                    && o.reason().contains("not enforced"));
  }

  @Test
  void consumerCardsAboveTheLineUseNacOrAca() {
    assertThat(us("rtx-4090", "CN", "2024-06-01").verdict())
        .isEqualTo(Verdict.NOTIFICATION_REQUIRED);
    RegimeVerdict vietnam = us("rtx-4090", "VN", "2024-06-01");
    assertThat(vietnam.verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    assertThat(decisiveRules(vietnam)).containsExactly("ear-3a090-2024-aca-d1-d4");
    assertThat(us("rtx-4090d", "CN", "2024-06-01").verdict())
        .isEqualTo(Verdict.NO_LICENSE_REQUIRED);
  }

  @Test
  void headquartersRuleAppliesWhereverTheEndUserSits() {
    EndUser chineseParent = new EndUser("Example Cloud Sdn Bhd", "CN", null);
    RegimeVerdict malaysia =
        regime(evaluate("h100-sxm", "MY", "2024-06-01", "US", chineseParent), "US-EAR");
    assertThat(malaysia.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(malaysia.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
    assertThat(decisiveRules(malaysia)).containsExactly("ear-3a090-2023-hq-macau-d5");
    RegimeVerdict withoutParent = us("h100-sxm", "MY", "2024-06-01");
    assertThat(withoutParent.verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
  }

  @Test
  void entityListMatchOverridesEverythingFromItsListingDate() {
    EndUser cambricon = new EndUser("Cambricon Technologies (Beijing)", "CN", null);
    RegimeVerdict before = regime(evaluate("l20", "CN", "2022-12-15", "US", cambricon), "US-EAR");
    assertThat(before.verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    RegimeVerdict after = regime(evaluate("l20", "CN", "2022-12-16", "US", cambricon), "US-EAR");
    assertThat(after.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(decisiveRules(after)).containsExactly("ear-entity-list");
    RegimeVerdict nettrix =
        regime(
            evaluate("h20", "CN", "2025-06-01", "US", new EndUser("Nettrix", "CN", null)),
            "US-EAR");
    assertThat(nettrix.reviewPolicy()).isEqualTo(ReviewPolicy.POLICY_OF_DENIAL);
  }

  @Test
  void chineseChipsAreOutsideTheEarUnlessMadeAtTsmcForTheReachOfTheFdpRule() {
    RegimeVerdict ascendToGermany =
        regime(evaluate("ascend-910b", "DE", "2024-06-01", "CN", null), "US-EAR");
    assertThat(ascendToGermany.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(ascendToGermany.assumptions()).anyMatch(a -> a.contains("not subject to the EAR"));
    // The same chip shipped from the US is subject to the EAR (items in the US).
    assertThat(us("ascend-910b", "DE", "2024-06-01").verdict())
        .isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    RegimeVerdict ascendAfterGuidance =
        regime(evaluate("ascend-910b", "DE", "2025-06-01", "CN", null), "US-EAR");
    assertThat(ascendAfterGuidance.verdict()).isEqualTo(Verdict.DISCOURAGED);
    RegimeVerdict birenToRussia =
        regime(evaluate("biren-br100", "RU", "2024-06-01", "CN", null), "US-EAR");
    assertThat(birenToRussia.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(decisiveRules(birenToRussia)).containsExactly("ear-3a090-2023-fdp-foreign-made");
    RegimeVerdict unknownFoundry =
        regime(evaluate("mtt-s5000", "RU", "2024-06-01", "CN", null), "US-EAR");
    assertThat(unknownFoundry.verdict()).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void chinasOwnMeasuresFollowTheEvents() {
    assertThat(regime(evaluate("h20", "CN", "2025-08-01", "US", null), "CN").verdict())
        .isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    assertThat(regime(evaluate("h20", "CN", "2025-09-01", "US", null), "CN").verdict())
        .isEqualTo(Verdict.DISCOURAGED);
    assertThat(regime(evaluate("h200-sxm", "CN", "2026-01-20", "US", null), "CN").verdict())
        .isEqualTo(Verdict.PROHIBITED);
    RegimeVerdict approved = regime(evaluate("h200-sxm", "CN", "2026-02-01", "US", null), "CN");
    assertThat(approved.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(approved.reviewPolicy()).isEqualTo(ReviewPolicy.CASE_BY_CASE);
    assertThat(regime(evaluate("h100-sxm", "DE", "2026-02-01", "US", null), "CN").verdict())
        .isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  void stateFundingIsAssumedAbsentAndSaidSo() {
    RegimeVerdict unstated = regime(evaluate("h100-sxm", "CN", "2026-02-01", "US", null), "CN");
    assertThat(unstated.assumptions()).anyMatch(a -> a.startsWith("End user assumed not state"));
    RegimeVerdict stateFunded =
        regime(evaluate("h100-sxm", "CN", "2026-02-01", "US", new EndUser("X", "CN", true)), "CN");
    assertThat(stateFunded.verdict()).isEqualTo(Verdict.PROHIBITED);
    assertThat(stateFunded.conditions()).anyMatch(c -> c.contains("30 %"));
    RegimeVerdict domestic =
        regime(
            evaluate("ascend-910c", "CN", "2026-02-01", "CN", new EndUser("X", "CN", true)), "CN");
    assertThat(domestic.verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
  }

  @Test
  void pairVerdictIsTheMostRestrictiveRegimeVerdict() {
    PairVerdict pair = evaluate("h200-sxm", "CN", "2026-01-20", "US", null);
    assertThat(pair.verdict()).isEqualTo(Verdict.PROHIBITED);
    assertThat(pair.regimes()).extracting(RegimeVerdict::regime).containsExactly("US-EAR", "CN");
  }

  @Test
  void unknownClassInScopeIsUnknownNotFree() {
    RegimeVerdict mi308 = us("mi308x", "VN", "2024-06-01");
    assertThat(mi308.verdict()).isEqualTo(Verdict.UNKNOWN);
  }
}
