package io.canrun.policy.engine;

import static io.canrun.policy.engine.SeededPolicy.decisiveRules;
import static io.canrun.policy.engine.SeededPolicy.evaluate;
import static io.canrun.policy.engine.SeededPolicy.regime;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where each rule reaches, per the research notes' claim checks (export-controls-sanctions.md §B,
 * §C, §D, §E): the headquarters rule stops at the US border, the 2023 NAC notification applied to
 * Macau/D:5 only, HBM and systems are classified, group memberships and Entity List entries take
 * effect on their dates.
 */
class ScopeRulesTest {

  private static final EndUser CHINESE_PARENT = new EndUser("Example Cloud Inc", "CN", null);

  private static RegimeVerdict us(String item, String destination, String asOf) {
    return regime(evaluate(item, destination, asOf, "US", null), "US-EAR");
  }

  private static RegimeVerdict us(ItemSpec item, String destination, String asOf) {
    return regime(evaluate(SeededPolicy.SNAPSHOT, item, destination, asOf, "US", null), "US-EAR");
  }

  @Test
  void theHeadquartersRuleReachesOnlyDestinationsOutsideTheUs() {
    RegimeVerdict inUs =
        regime(evaluate("h100-sxm", "US", "2024-06-01", "US", CHINESE_PARENT), "US-EAR");
    assertThat(inUs.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(decisiveRules(inUs)).containsExactly("ear-destination-us-not-an-export");
    assertThat(inUs.assumptions()).anyMatch(a -> a.contains("later export"));
    RegimeVerdict abroad =
        regime(evaluate("h100-sxm", "MY", "2024-06-01", "US", CHINESE_PARENT), "US-EAR");
    assertThat(decisiveRules(abroad)).containsExactly("ear-3a090-2023-hq-macau-d5");
  }

  @Test
  void the2023NacNotificationWasOnlyForMacauAndD5() {
    // RTX 4090: TPP 5,285 ≥ 4,800 and consumer → 3A090.a, NAC-eligible (Note 2 does not apply).
    assertThat(us("rtx-4090", "VN", "2023-11-16").verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    RegimeVerdict vietnam = us("rtx-4090", "VN", "2023-11-17");
    assertThat(vietnam.verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    assertThat(decisiveRules(vietnam)).containsExactly("ear-3a090-2023-nac-no-notice");
    assertThat(decisiveRules(us("rtx-4090", "VN", "2024-04-04")))
        .containsExactly("ear-3a090-2024-aca-d1-d4");
    RegimeVerdict china = us("rtx-4090", "CN", "2023-11-17");
    assertThat(china.verdict()).isEqualTo(Verdict.NOTIFICATION_REQUIRED);
    assertThat(decisiveRules(china)).containsExactly("ear-3a090-2023-nac");
    assertThat(decisiveRules(us("rtx-4090", "CN", "2024-04-04")))
        .containsExactly("ear-3a090-2024-nac-macau-d5");
    // A transfer within D:5 needed no notice, before and after the ACA split.
    RegimeVerdict inChina = regime(evaluate("rtx-4090", "CN", "2024-01-15", "CN", null), "US-EAR");
    assertThat(decisiveRules(inChina)).containsExactly("ear-3a090-2023-nac-no-notice");
    RegimeVerdict inChinaLater =
        regime(evaluate("rtx-4090", "CN", "2024-06-01", "CN", null), "US-EAR");
    assertThat(decisiveRules(inChinaLater)).containsExactly("ear-3a090-2024-aca-d1-d4");
  }

  /** A hypothetical US-made HBM stack: 1,200 GB/s over 110 mm² = 10.9 GB/s per mm² > 2. */
  private static ItemSpec hbm(Double packageArea) {
    return new ItemSpec(
        "hbm-stack",
        "HBM stack",
        "Example",
        "US",
        null,
        null,
        null,
        1200.0,
        null,
        Map.of(),
        ItemType.HBM,
        null,
        null,
        packageArea);
  }

  @Test
  void standaloneHbmIs3a090cFrom2December2024() {
    Classifier classifier = SeededPolicy.SNAPSHOT.classifier();
    assertThat(classifier.classify(hbm(110.0), LocalDate.parse("2024-12-01")).itemClass())
        .isEqualTo(Classification.NOT_CONTROLLED);
    Classification classified = classifier.classify(hbm(110.0), LocalDate.parse("2024-12-02"));
    assertThat(classified.itemClass()).isEqualTo("3A090.c");
    assertThat(classified.notes()).anyMatch(n -> n.contains("1200 / 110 = 10.91"));

    RegimeVerdict china = us(hbm(110.0), "CN", "2024-12-02");
    assertThat(china.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(china.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
    assertThat(decisiveRules(china)).containsExactly("ear-3a090c-2024-hbm");
    // Not controlled for D:1-only destinations such as Vietnam.
    assertThat(us(hbm(110.0), "VN", "2024-12-02").verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    // Area unknown: undecided for Macau/D:5, still free for Vietnam.
    assertThat(decisiveRules(us(hbm(null), "CN", "2024-12-02")))
        .containsExactly("ear-3a090c-2024-hbm-class-unknown");
    assertThat(us(hbm(null), "VN", "2024-12-02").verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
  }

  @Test
  void foreignMadeHbmShippedFromAbroadIsUndecidedFrom2December2024() {
    ItemSpec korean =
        new ItemSpec(
            "hbm-kr",
            "HBM stack",
            "Example",
            "KR",
            "Samsung",
            null,
            null,
            1200.0,
            null,
            Map.of(),
            ItemType.HBM,
            null,
            null,
            110.0);
    RegimeVerdict before =
        regime(evaluate(SeededPolicy.SNAPSHOT, korean, "CN", "2024-12-01", "KR", null), "US-EAR");
    assertThat(before.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    RegimeVerdict from =
        regime(evaluate(SeededPolicy.SNAPSHOT, korean, "CN", "2024-12-02", "KR", null), "US-EAR");
    assertThat(from.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(decisiveRules(from)).containsExactly("ear-3a090c-2024-hbm-foreign-made");
  }

  @Test
  void anUnknownClassReachesMacauFrom17January2023UnderThe2022Criteria() {
    assertThat(us("mi308x", "MO", "2023-01-16").verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    assertThat(decisiveRules(us("mi308x", "MO", "2023-01-17")))
        .containsExactly("ear-3a090-2022-class-unknown");
  }

  @Test
  void theFdpReachOfTsmcMadeForeignChipsIsModelledFrom17November2023() {
    RegimeVerdict before =
        regime(evaluate("biren-br100", "DE", "2023-11-16", "CN", null), "US-EAR");
    assertThat(before.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(decisiveRules(before))
        .containsExactly("ear-baseline-foreign-made-tsmc-samsung-before-fdp");
    assertThat(regime(evaluate("biren-br100", "DE", "2023-11-17", "CN", null), "US-EAR").verdict())
        .isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  void theEntityListReachesExportsNotSalesInsideTheUs() {
    EndUser huawei = new EndUser("Huawei Technologies", "CN", null);
    RegimeVerdict inUs = regime(evaluate("l4", "US", "2024-06-01", "US", huawei), "US-EAR");
    assertThat(decisiveRules(inUs)).containsExactly("ear-destination-us-not-an-export");
    RegimeVerdict abroad = regime(evaluate("l4", "DE", "2024-06-01", "US", huawei), "US-EAR");
    assertThat(decisiveRules(abroad)).containsExactly("ear-entity-list");
  }

  @Test
  void aSystemWithA3a090IcIs4a090AndLicensedAsTheIc() {
    ItemSpec h100 = GroundTruthChips.spec("h100-sxm");
    ItemSpec server =
        new ItemSpec(
            "dgx-h100",
            "DGX H100",
            "Nvidia",
            "US",
            "TSMC",
            MarketSegment.DATACENTER,
            h100.dieAreaMm2(),
            h100.memoryBandwidthGBps(),
            h100.interconnectGBps(),
            h100.tops(),
            ItemType.SYSTEM,
            true,
            ScaleUpInterconnect.DEDICATED,
            null);
    Classification classification =
        SeededPolicy.SNAPSHOT.classifier().classify(server, LocalDate.parse("2024-06-01"));
    assertThat(classification.eccn()).isEqualTo("4A090.a");
    assertThat(classification.itemClass()).isEqualTo("3A090.a");
    assertThat(
            SeededPolicy.SNAPSHOT
                .classifier()
                .classify(server, LocalDate.parse("2023-01-15"))
                .eccn())
        .isEqualTo("4A090");
    RegimeVerdict asServer = us(server, "CN", "2024-06-01");
    RegimeVerdict asChip = us("h100-sxm", "CN", "2024-06-01");
    assertThat(asServer.verdict()).isEqualTo(asChip.verdict());
    assertThat(asServer.reviewPolicy()).isEqualTo(asChip.reviewPolicy());
  }

  /** The RTX 4090 without an interconnect figure, its link as given. */
  private static ItemSpec rtx4090WithLink(ScaleUpInterconnect link) {
    ItemSpec c = GroundTruthChips.spec("rtx-4090");
    return new ItemSpec(
        c.id(),
        c.name(),
        c.vendor(),
        c.designerCountry(),
        c.foundry(),
        c.marketSegment(),
        c.dieAreaMm2(),
        c.memoryBandwidthGBps(),
        null,
        c.tops(),
        c.type(),
        c.soldInUs(),
        link,
        null);
  }

  @Test
  void aPcieOnlyCardIsDecidedUnderThe2022Criteria() {
    ItemSpec pcieOnly = rtx4090WithLink(ScaleUpInterconnect.NONE);
    ItemSpec linkUnknown = rtx4090WithLink(null);
    // 2022 criteria: TPP 5,285 ≥ 4,800, but PCIe 6.0 x16 moves at most 256 GB/s < 600.
    Classification decided =
        SeededPolicy.SNAPSHOT.classifier().classify(pcieOnly, LocalDate.parse("2023-01-15"));
    assertThat(decided.itemClass()).isEqualTo(Classification.NOT_CONTROLLED);
    assertThat(decided.notes()).anyMatch(n -> n.contains("PCIe only"));
    assertThat(us(pcieOnly, "CN", "2023-01-15").verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    assertThat(us(linkUnknown, "CN", "2023-01-15").verdict()).isEqualTo(Verdict.UNKNOWN);
  }

  /**
   * RTX PRO 6000 Blackwell: FP4 ≈ 2,000 dense × 4 = TPP 8,000 ≥ 4,800 → 3A090.a (research notes
   * C.4). Only the Server Edition is marketed for datacenters, so only it is outside NAC/ACA.
   */
  @Test
  void theServerEditionOfTheRtxPro6000IsNotNacEligibleButTheWorkstationIs() {
    ItemSpec workstation = GroundTruthChips.spec("rtx-pro-6000");
    ItemSpec server =
        new ItemSpec(
            "rtx-pro-6000-server",
            "RTX PRO 6000 Blackwell Server Edition",
            "Nvidia",
            "US",
            "TSMC",
            MarketSegment.DATACENTER,
            workstation.dieAreaMm2(),
            workstation.memoryBandwidthGBps(),
            null,
            workstation.tops(),
            ItemType.IC,
            true,
            ScaleUpInterconnect.NONE,
            null);
    RegimeVerdict serverToVietnam = us(server, "VN", "2024-06-01");
    assertThat(serverToVietnam.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(decisiveRules(serverToVietnam)).containsExactly("ear-3a090-2023-d1-d4");
    assertThat(decisiveRules(us(workstation, "VN", "2024-06-01")))
        .containsExactly("ear-3a090-2024-aca-d1-d4");
  }

  @Test
  void groupMembershipsChangeOnTheirDates() {
    CountryDirectory countries = SeededPolicy.SNAPSHOT.countries();
    assertThat(countries.groupsOf("NI", LocalDate.parse("2024-03-14"))).doesNotContain("D:5");
    assertThat(countries.groupsOf("NI", LocalDate.parse("2024-03-15"))).contains("D:1", "D:5");
    assertThat(us("h100-sxm", "NI", "2024-03-14").verdict()).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    assertThat(decisiveRules(us("h100-sxm", "NI", "2024-03-15")))
        .containsExactly("ear-3a090-2023-macau-d5");
    assertThat(countries.groupsOf("KH", LocalDate.parse("2021-12-08"))).doesNotContain("D:5");
    assertThat(countries.groupsOf("KH", LocalDate.parse("2021-12-09"))).contains("D:5");
    assertThat(countries.groupsOf("CY", LocalDate.parse("2022-09-30"))).contains("D:5", "A:6");
    assertThat(countries.groupsOf("CY", LocalDate.parse("2022-10-01"))).doesNotContain("D:5");
  }

  @Test
  void entityListEntriesTakeEffectOnTheirFederalRegisterDates() {
    assertListedFrom("Sugon", "2019-06-24");
    assertListedFrom("Tianjin Phytium Information Technology", "2021-04-08");
    assertListedFrom("Inspur Group", "2023-03-02");
    assertListedFrom("Sophgo Technologies", "2025-01-16");
    assertListedFrom("Zhipu AI", "2025-01-16");
  }

  private static void assertListedFrom(String endUser, String date) {
    LocalDate from = LocalDate.parse(date);
    EntityScreen screen = SeededPolicy.SNAPSHOT.entities();
    assertThat(screen.matches(endUser, from.minusDays(1))).as(endUser).isEmpty();
    assertThat(screen.matches(endUser, from)).as(endUser).isNotEmpty();
  }

  @Test
  void aLicenceWithoutAPublishedReviewPolicySaysSo() {
    RegimeVerdict h20 = us("h20", "CN", "2025-05-01");
    assertThat(h20.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    assertThat(h20.reviewPolicy()).isNull();
    assertThat(h20.notes())
        .anyMatch(n -> n.startsWith("No review policy is published for ear-2025-04-h20"));
  }
}
