package io.canrun.policy.engine;

import static io.canrun.policy.engine.SeededPolicy.decisiveRules;
import static io.canrun.policy.engine.SeededPolicy.evaluate;
import static io.canrun.policy.engine.SeededPolicy.regime;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The part 746 embargoes and sanctions (research notes, export-controls-sanctions.md §A) at their
 * boundary dates. Expected verdicts are the notes' encoding: a licence under a policy of denial for
 * every item, however small, while the embargo is in force.
 */
class EmbargoRulesTest {

  private static RegimeVerdict us(String item, String destination, String asOf) {
    return regime(evaluate(item, destination, asOf, "US", null), "US-EAR");
  }

  private static void deniedBy(RegimeVerdict verdict, String rule) {
    assertThat(verdict.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(verdict.reviewPolicy()).isEqualTo(ReviewPolicy.POLICY_OF_DENIAL);
    assertThat(decisiveRules(verdict)).contains(rule);
  }

  @Test
  void cubaAndIranDenyEveryItemWithoutAStartDate() {
    // L2: TPP 1,544, not 3A090 at all; H20: below 3A090 too (fact sheet §6).
    deniedBy(us("l2", "CU", "2022-01-01"), "ear-embargo-cuba");
    deniedBy(us("h20", "CU", "2026-11-22"), "ear-embargo-cuba");
    deniedBy(us("l2", "IR", "2022-01-01"), "ear-embargo-iran");
    RegimeVerdict h20ToIran = us("h20", "IR", "2026-11-22");
    deniedBy(h20ToIran, "ear-embargo-iran");
    // The embargo outranks the product-specific H20 licensing (case by case) in force then.
    assertThat(h20ToIran.rules())
        .anyMatch(o -> o.rule().id().equals("ear-2025-08-h20-mi308-licensing") && !o.decisive());
  }

  @Test
  void northKoreaFrom26January2007() {
    assertThat(us("l2", "KP", "2007-01-25").verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    RegimeVerdict from = us("l2", "KP", "2007-01-26");
    deniedBy(from, "ear-embargo-north-korea");
    assertThat(from.confidence()).isEqualTo(Confidence.M);
  }

  @Test
  void syriaIsDeniedUntil2September2025ThenCaseByCaseExceptFor3a090Items() {
    assertThat(us("l2", "SY", "2004-05-13").verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    deniedBy(us("l2", "SY", "2004-05-14"), "ear-embargo-syria");
    deniedBy(us("l2", "SY", "2025-09-01"), "ear-embargo-syria");

    RegimeVerdict small = us("l2", "SY", "2025-09-02");
    assertThat(small.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(small.reviewPolicy()).isEqualTo(ReviewPolicy.CASE_BY_CASE);
    assertThat(decisiveRules(small)).containsExactly("ear-embargo-syria-2025-other");
    assertThat(small.conditions()).anyMatch(c -> c.contains("License Exception SPP"));

    RegimeVerdict h100 = us("h100-sxm", "SY", "2025-09-02");
    assertThat(h100.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
    assertThat(decisiveRules(h100)).contains("ear-embargo-syria-2025-3a090");
    // MI308X's class is unknown (specs not public): not relaxed to case-by-case.
    assertThat(us("mi308x", "SY", "2025-09-02").reviewPolicy())
        .isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
  }

  @Test
  void russiaCclItemsFrom24February2022AndEveryItemFrom19May2023() {
    // Before 2022-10-07 no chip is 3A090; whether an accelerator was on the CCL or EAR99 then
    // cannot be told from its figures, so the answer is unknown, never free.
    assertThat(us("h100-sxm", "RU", "2022-02-23").verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    RegimeVerdict early = us("h100-sxm", "RU", "2022-02-24");
    assertThat(early.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(decisiveRules(early)).containsExactly("ear-embargo-russia-eccn-unknown");
    // From 2022-10-07 the H100 is 3A090 (TPP 15,832, NVLink 900 GB/s): a CCL item.
    deniedBy(us("h100-sxm", "RU", "2022-10-07"), "ear-embargo-russia");

    assertThat(us("l2", "RU", "2023-05-18").verdict()).isEqualTo(Verdict.UNKNOWN);
    deniedBy(us("l2", "RU", "2023-05-19"), "ear-embargo-russia-belarus-hts");
  }

  @Test
  void belarusFrom2March2022() {
    assertThat(us("l2", "BY", "2022-03-01").verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    assertThat(decisiveRules(us("l2", "BY", "2022-03-02")))
        .containsExactly("ear-embargo-belarus-eccn-unknown");
    deniedBy(us("h100-sxm", "BY", "2023-01-15"), "ear-embargo-belarus");
    assertThat(us("l2", "BY", "2023-05-18").verdict()).isEqualTo(Verdict.UNKNOWN);
    deniedBy(us("l2", "BY", "2023-05-19"), "ear-embargo-russia-belarus-hts");
  }

  @Test
  void aForeignMadeChipShippedFromAbroadIsUndecidedNeverFree() {
    // Moore Threads S5000 (foundry undisclosed) from China to Russia: the EAR reaches it only
    // through FDP rules or de minimis content, which its description cannot settle.
    assertThat(regime(evaluate("mtt-s5000", "RU", "2022-02-23", "CN", null), "US-EAR").verdict())
        .isEqualTo(Verdict.NOT_APPLICABLE);
    RegimeVerdict russia = regime(evaluate("mtt-s5000", "RU", "2022-02-24", "CN", null), "US-EAR");
    assertThat(russia.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(decisiveRules(russia)).contains("ear-embargo-foreign-made-undecided");
    // Ascend 910B (SMIC, known foundry) to Iran from China: still undecided, not free.
    assertThat(regime(evaluate("ascend-910b", "IR", "2026-11-22", "CN", null), "US-EAR").verdict())
        .isEqualTo(Verdict.UNKNOWN);
    // A TSMC-made 3A090 chip: the advanced-computing FDP rule decides (licence).
    RegimeVerdict biren = regime(evaluate("biren-br100", "IR", "2026-11-22", "CN", null), "US-EAR");
    assertThat(biren.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(decisiveRules(biren)).containsExactly("ear-3a090-2023-fdp-foreign-made");
  }

  @Test
  void version1StaysReproducibleWithoutTheEmbargoes() {
    PolicySnapshot version1 = SeedDocument.load().snapshot(1, SeededPolicy.COMPILER);
    PairVerdict then =
        evaluate(version1, GroundTruthChips.spec("l2"), "IR", "2024-06-01", "US", null);
    assertThat(then.verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    assertThat(regime(evaluate("l2", "IR", "2024-06-01", "US", null), "US-EAR").verdict())
        .isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(SeededPolicy.SNAPSHOT.version()).isEqualTo(2);
  }
}
