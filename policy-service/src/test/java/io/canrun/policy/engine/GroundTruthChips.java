package io.canrun.policy.engine;

import static io.canrun.policy.engine.Precision.BF16;
import static io.canrun.policy.engine.Precision.FP16;
import static io.canrun.policy.engine.Precision.FP32;
import static io.canrun.policy.engine.Precision.FP4;
import static io.canrun.policy.engine.Precision.FP64;
import static io.canrun.policy.engine.Precision.FP8;
import static io.canrun.policy.engine.Precision.INT8;
import static io.canrun.policy.engine.Precision.TF32;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The chips of the catalog seed with the inputs the policy service needs (dense figures from the
 * research notes' chip table A1, or the "dense peak used" of the export-control fact sheet §6 where
 * that table gives one) and the expected classes.
 *
 * <p>{@code expectedTpp}, {@code expected2022}, {@code expected2023} come from fact sheet §6 when
 * {@code groundTruth} is true; for chips §6 does not list, the expectation is derived by hand from
 * the rule text (3A090 as of 2023-11-17) and marked as such. {@code null} = not asserted.
 */
public final class GroundTruthChips {

  public record Chip(
      ItemSpec spec,
      Double expectedTpp,
      String expected2022,
      String expected2023,
      boolean groundTruth,
      String source) {}

  private static final String NC = Classification.NOT_CONTROLLED;
  private static final String UNKNOWN = Classification.UNKNOWN;

  /**
   * PCIe 4.0 x16 host link (≈32 GB/s each way): cards with no chip-to-chip link are far below the
   * 2022 600 GB/s I/O prong.
   */
  private static final double PCIE4_X16 = 64;

  /**
   * Sold in the US market: the catalog's soldInUs (vendor US product pages; H200 and MI325X are
   * also named by 91 FR 1684 as chips the January 2026 band reaches).
   */
  private static final Set<String> SOLD_IN_US =
      Set.of(
          "a100-sxm-80gb",
          "h100-sxm",
          "h100-pcie",
          "h200-sxm",
          "b200",
          "b300",
          "l4",
          "rtx-4090",
          "rtx-pro-6000",
          "mi210",
          "mi300x",
          "mi325x",
          "mi355x");

  /** China-market SKUs per the research notes' chip table (A1 "China-market"/"China-only", §6). */
  private static final Set<String> CHINA_ONLY =
      Set.of(
          "a800-sxm-80gb", "h800-sxm", "h20", "l20", "l2", "rtx-4090d", "rtx-pro-6000d", "mi308x");

  public static final List<Chip> ALL =
      List.of(
          truth(
              spec(
                  "a100-sxm-80gb",
                  "Nvidia A100 80GB SXM",
                  "Nvidia",
                  "US",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  826.0,
                  2039.0,
                  600.0,
                  tops(FP64, 9.7, FP32, 19.5, TF32, 156, BF16, 312, FP16, 312, INT8, 624)),
              4992,
              "3A090",
              "3A090.a",
              "§6 A100 [S7][S8]; A1 row E,S"),
          truth(
              spec(
                  "a800-sxm-80gb",
                  "Nvidia A800 SXM 80GB",
                  "Nvidia",
                  "US",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  826.0,
                  2039.0,
                  400.0,
                  tops(FP64, 9.7, FP32, 19.5, TF32, 156, BF16, 312, INT8, 624)),
              4992,
              NC,
              "3A090.a",
              "§6 A800 [S7]; NVLink 400"),
          truth(
              spec(
                  "h100-sxm",
                  "Nvidia H100 SXM5 80GB",
                  "Nvidia",
                  "US",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  814.0,
                  3350.0,
                  900.0,
                  tops(
                      FP64, 66.9, FP32, 66.9, TF32, 494.7, BF16, 989.4, FP8, 1978.9, INT8, 1978.9)),
              15832,
              "3A090",
              "3A090.a",
              "§6 H100 SXM [S7][S8]"),
          truth(
              spec(
                  "h100-pcie",
                  "Nvidia H100 PCIe 80GB",
                  "Nvidia",
                  "US",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  814.0,
                  2000.0,
                  600.0,
                  tops(FP64, 25.6, FP32, 51.2, TF32, 378, BF16, 756, FP8, 1513, INT8, 1513)),
              12104,
              "3A090",
              "3A090.a",
              "§6 H100 PCIe [S7]; NVLink bridge 600 [E]"),
          truth(
              spec(
                  "h800-sxm",
                  "Nvidia H800 SXM",
                  "Nvidia",
                  "US",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  814.0,
                  3350.0,
                  400.0,
                  tops(FP64, 1, BF16, 989, FP8, 1979, INT8, 1979)),
              15832,
              NC,
              "3A090.a",
              "§6 H800 [S7]; NVLink 400 [H8]"),
          truth(
              spec(
                  "h20",
                  "Nvidia H20",
                  "Nvidia",
                  "US",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  814.0,
                  4000.0,
                  900.0,
                  tops(FP64, 1, FP32, 44, TF32, 74, BF16, 148, FP8, 296, INT8, 296)),
              2368,
              NC,
              NC,
              "§6 H20 [S42][S8]"),
          truth(
              spec(
                  "h200-sxm",
                  "Nvidia H200 SXM",
                  "Nvidia",
                  "US",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  814.0,
                  4800.0,
                  900.0,
                  tops(FP64, 33.5, FP32, 66.9, TF32, 494.5, BF16, 989.5, FP8, 1979, INT8, 1979)),
              15832,
              "3A090",
              "3A090.a",
              "§6 H200 [S7][S8][S27]"),
          truth(
              spec(
                  "b200",
                  "Nvidia B200",
                  "Nvidia",
                  "US",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  null,
                  8000.0,
                  1800.0,
                  tops(
                      FP64, 37, FP32, 75, TF32, 1125, BF16, 2250, FP8, 4500, INT8, 4500, FP4,
                      9000)),
              36000,
              "3A090",
              "3A090.a",
              "§6 B200 [S7][S8]; die area unknown [TH]"),
          truth(
              spec(
                  "b300",
                  "Nvidia B300",
                  "Nvidia",
                  "US",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  null,
                  8000.0,
                  1800.0,
                  tops(FP64, 1.25, FP32, 75, TF32, 1125, BF16, 2250, FP8, 4500, FP4, 14000)),
              56000,
              "3A090",
              "3A090.a",
              "§6 B300 uses 14,000 TF FP4 dense (E) [S7]"),
          truth(
              spec(
                  "l4",
                  "Nvidia L4",
                  "Nvidia",
                  "US",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  294.5,
                  300.0,
                  PCIE4_X16,
                  tops(BF16, 121, FP8, 242.5)),
              1940,
              NC,
              "3A090.a",
              "§6 L4 [S45][S53] (M); README L4 facts"),
          truth(
              spec(
                  "l20",
                  "Nvidia L20",
                  "Nvidia",
                  "US",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  608.5,
                  864.0,
                  PCIE4_X16,
                  tops(FP32, 59.35, TF32, 59.8, BF16, 119.5, INT8, 239)),
              1912,
              NC,
              NC,
              "§6 L20 [S42] (L: die uncertain; AD102 assumed)"),
          truth(
              spec(
                  "rtx-4090",
                  "Nvidia GeForce RTX 4090",
                  "Nvidia",
                  "US",
                  "TSMC",
                  MarketSegment.CONSUMER,
                  608.0,
                  1008.0,
                  PCIE4_X16,
                  tops(FP32, 82.6, TF32, 82.6, FP16, 330.3, FP8, 330.3, INT8, 660.6)),
              5285,
              NC,
              "3A090.a",
              "§6 RTX 4090 [S44][S43]; A1 WDB"),
          truth(
              spec(
                  "rtx-4090d",
                  "Nvidia GeForce RTX 4090 D",
                  "Nvidia",
                  "US",
                  "TSMC",
                  MarketSegment.CONSUMER,
                  608.0,
                  1008.0,
                  PCIE4_X16,
                  tops(FP32, 73.5, FP8, 294, INT8, 588)),
              4707,
              NC,
              NC,
              "§6 RTX 4090D [S43]; A1 [4D] calc"),
          truth(
              spec(
                  "mi300x",
                  "AMD Instinct MI300X",
                  "AMD",
                  "US",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  null,
                  5300.0,
                  896.0,
                  tops(
                      FP64, 163.4, FP32, 163.4, TF32, 653.7, BF16, 1307.4, FP8, 2614.9, INT8,
                      2614.9)),
              20919,
              "3A090",
              "3A090.a",
              "§6 MI300X [S7][S8]; chiplet, PD ill-defined"),
          truth(
              spec(
                  "mi325x",
                  "AMD Instinct MI325X",
                  "AMD",
                  "US",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  null,
                  6000.0,
                  896.0,
                  tops(
                      FP64, 81.7, FP32, 163.4, TF32, 653.7, BF16, 1307.4, FP8, 2614.9, INT8,
                      2614.9)),
              20919,
              "3A090",
              "3A090.a",
              "§6 MI325X [S7][S8][S27]"),
          truth(
              spec(
                  "mi210",
                  "AMD Instinct MI210",
                  "AMD",
                  "US",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  790.0,
                  null,
                  null,
                  tops(FP16, 181)),
              2896,
              NC,
              "3A090.b",
              "§6 MI210 [S7] (M; die est.); §6 gives no 2022 class, TPP < 4800 fails it"),
          truth(
              spec(
                  "l2",
                  "Nvidia L2",
                  "Nvidia",
                  "US",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  295.0,
                  null,
                  null,
                  tops(FP8, 193)),
              1544,
              NC,
              NC,
              "§6 L2 [S42] (M)"),
          truth(
              spec(
                  "mi308x",
                  "AMD Instinct MI308X",
                  "AMD",
                  "US",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  null,
                  null,
                  null,
                  Map.of()),
              null,
              UNKNOWN,
              UNKNOWN,
              "§6 MI308: specs not public, class unknown [S7] (L)"),
          derived(
              spec(
                  "mi355x",
                  "AMD Instinct MI355X",
                  "AMD",
                  "US",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  null,
                  8000.0,
                  null,
                  tops(FP64, 78.6, FP32, 157.3, BF16, 2516.6, FP8, 5033, INT8, 5033, FP4, 10066)),
              40265.6,
              "3A090.a",
              "A1 MI355X; TPP ≥ 4800 → a.1"),
          derived(
              spec(
                  "rtx-pro-6000",
                  "Nvidia RTX PRO 6000 Blackwell",
                  "Nvidia",
                  "US",
                  "TSMC",
                  MarketSegment.WORKSTATION,
                  750.0,
                  1792.0,
                  null,
                  tops(FP32, 125, FP4, 2000)),
              8000,
              "3A090.a",
              "A1 RTX PRO 6000 (FP4 ≈2,000 dense [calc]); TPP ≥ 4800 so Note 2 does not apply"),
          derived(
              spec(
                  "rtx-pro-6000d",
                  "Nvidia RTX PRO 6000D",
                  "Nvidia",
                  "US",
                  null,
                  MarketSegment.WORKSTATION,
                  null,
                  null,
                  null,
                  Map.of()),
              null,
              UNKNOWN,
              "A1 RTX PRO 6000D: no throughput published"),
          derived(
              spec(
                  "ascend-910b",
                  "Huawei Ascend 910B",
                  "Huawei",
                  "CN",
                  "SMIC",
                  MarketSegment.DATACENTER,
                  null,
                  1600.0,
                  392.0,
                  tops(FP32, 94, FP16, 400)),
              6400,
              "3A090.a",
              "A1 910B (B1 bin FP16 400); a.1"),
          derived(
              spec(
                  "ascend-910c",
                  "Huawei Ascend 910C",
                  "Huawei",
                  "CN",
                  "SMIC",
                  MarketSegment.DATACENTER,
                  null,
                  3200.0,
                  800.0,
                  tops(BF16, 752)),
              12032,
              "3A090.a",
              "A1 910C (Huawei paper BF16 752)"),
          derived(
              spec(
                  "ascend-950pr",
                  "Huawei Ascend 950PR",
                  "Huawei",
                  "CN",
                  null,
                  MarketSegment.DATACENTER,
                  null,
                  1600.0,
                  2000.0,
                  tops(FP8, 1000, FP4, 2000)),
              8000,
              "3A090.a",
              "A1 950 (vendor FP8 1,000 / FP4 2,000)"),
          derived(
              spec(
                  "mtt-s4000",
                  "Moore Threads MTT S4000",
                  "Moore Threads",
                  "CN",
                  null,
                  MarketSegment.DATACENTER,
                  null,
                  768.0,
                  240.0,
                  tops(FP32, 25, TF32, 50, FP16, 100, INT8, 200)),
              1600,
              UNKNOWN,
              "A1 S4000: TPP 1600 meets a.2's TPP test, die area unknown → PD untestable"),
          derived(
              spec(
                  "mtt-s5000",
                  "Moore Threads MTT S5000",
                  "Moore Threads",
                  "CN",
                  null,
                  MarketSegment.DATACENTER,
                  null,
                  1600.0,
                  784.0,
                  tops(FP8, 1000)),
              8000,
              "3A090.a",
              "A1 S5000 (FP8 1,000, sparsity unstated)"),
          derived(
              spec(
                  "mlu370-x8",
                  "Cambricon MLU370-X8",
                  "Cambricon",
                  "CN",
                  null,
                  MarketSegment.DATACENTER,
                  null,
                  614.4,
                  200.0,
                  tops(FP32, 32, FP16, 96, BF16, 96, INT8, 256)),
              2048,
              UNKNOWN,
              "A1 MLU370-X8: TPP 2048, die area unknown → a.2/b untestable"),
          derived(
              spec(
                  "biren-br100",
                  "Biren BR100",
                  "Biren",
                  "CN",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  1074.0,
                  1640.0,
                  412.0,
                  tops(FP32, 256, TF32, 512, BF16, 1024, INT8, 2048)),
              16384,
              "3A090.a",
              "A1 BR100"),
          derived(
              spec(
                  "biren-br104",
                  "Biren BR104",
                  "Biren",
                  "CN",
                  "TSMC",
                  MarketSegment.DATACENTER,
                  null,
                  819.0,
                  null,
                  tops(FP32, 128, TF32, 256, BF16, 512, INT8, 1024)),
              8192,
              "3A090.a",
              "A1 BR104"),
          derived(
              spec(
                  "metax-c500",
                  "MetaX C500 (PCIe)",
                  "MetaX",
                  "CN",
                  null,
                  MarketSegment.DATACENTER,
                  null,
                  null,
                  null,
                  tops(FP32, 15, TF32, 120, FP16, 240, INT8, 480)),
              3840,
              UNKNOWN,
              "A1 C500 PCIe: TPP 3840, die area unknown → a.2/b untestable"),
          derived(
              spec(
                  "hygon-k100",
                  "Hygon DCU K100",
                  "Hygon",
                  "CN",
                  null,
                  MarketSegment.DATACENTER,
                  null,
                  null,
                  null,
                  Map.of()),
              null,
              UNKNOWN,
              "A1 K100: no throughput published"),
          derived(
              spec(
                  "zhenwu-810e",
                  "Alibaba T-Head PPU (Zhenwu 810E)",
                  "Alibaba T-Head",
                  "CN",
                  null,
                  MarketSegment.DATACENTER,
                  null,
                  null,
                  700.0,
                  Map.of()),
              null,
              UNKNOWN,
              "A1 810E: no throughput published"));

  private GroundTruthChips() {}

  public static Chip chip(String id) {
    return ALL.stream().filter(c -> c.spec().id().equals(id)).findFirst().orElseThrow();
  }

  public static ItemSpec spec(String id) {
    return chip(id).spec();
  }

  private static Chip truth(
      ItemSpec spec, double tpp, String in2022, String in2023, String source) {
    return new Chip(spec, tpp, in2022, in2023, true, source);
  }

  private static Chip truth(
      ItemSpec spec, Double tpp, String in2022, String in2023, String source) {
    return new Chip(spec, tpp, in2022, in2023, true, source);
  }

  private static Chip derived(ItemSpec spec, Number tpp, String in2023, String source) {
    return new Chip(spec, tpp == null ? null : tpp.doubleValue(), null, in2023, false, source);
  }

  private static ItemSpec spec(
      String id,
      String name,
      String vendor,
      String designer,
      String foundry,
      MarketSegment segment,
      Double die,
      Double bandwidth,
      Double interconnect,
      Map<Precision, Double> tops) {
    Boolean soldInUs = null;
    if (SOLD_IN_US.contains(id) || CHINA_ONLY.contains(id)) {
      soldInUs = SOLD_IN_US.contains(id);
    }
    return new ItemSpec(
        id,
        name,
        vendor,
        designer,
        foundry,
        segment,
        die,
        bandwidth,
        interconnect,
        tops,
        ItemType.IC,
        soldInUs,
        null,
        null);
  }

  private static Map<Precision, Double> tops(Object... pairs) {
    Map<Precision, Double> tops = new EnumMap<>(Precision.class);
    for (int i = 0; i < pairs.length; i += 2) {
      tops.put((Precision) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return tops;
  }
}
