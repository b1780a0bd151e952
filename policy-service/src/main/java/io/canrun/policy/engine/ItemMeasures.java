package io.canrun.policy.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quantities classification tests read off an item, with the arithmetic as notes: for a
 * processor (or the IC in a system) TPP, performance density, chip-to-chip I/O and the datacenter
 * flag; for HBM its memory bandwidth density. An unknown quantity is absent (null), never zero.
 */
record ItemMeasures(
    Map<Metric, Double> values, String tppPrecision, boolean pcieOnlyBound, List<String> notes) {

  /** PCIe 6.0 x16, both directions, GB/s: the most any PCIe-only chip can move. */
  static final double PCIE_X16_MAX_GBPS = 256;

  static final String PCIE_ONLY_NOTE =
      "No chip-to-chip link (PCIe only): aggregate I/O is at most the host link, "
          + Numbers.plain(PCIE_X16_MAX_GBPS)
          + " GB/s both ways for PCIe 6.0 x16 (PCI-SIG), used as the interconnect figure.";

  static ItemMeasures of(ItemSpec item) {
    List<String> notes = new ArrayList<>();
    Map<Metric, Double> values = new LinkedHashMap<>();
    if (item.type() == ItemType.HBM) {
      values.put(Metric.MEMORY_BANDWIDTH_DENSITY, bandwidthDensity(item, notes));
      return new ItemMeasures(Collections.unmodifiableMap(values), null, false, List.copyOf(notes));
    }
    Tpp tpp = tpp(item, notes);
    values.put(Metric.TPP, tpp == null ? null : tpp.value());
    values.put(Metric.PERFORMANCE_DENSITY, density(item, tpp, notes));
    values.put(Metric.INTERCONNECT_GBPS, interconnect(item));
    values.put(Metric.DATACENTER, datacenter(item, notes));
    return new ItemMeasures(
        Collections.unmodifiableMap(values),
        tpp == null ? null : tpp.precision(),
        pcieOnlyBound(item),
        List.copyOf(notes));
  }

  private record Tpp(double value, String precision) {}

  static Tpp tpp(ItemSpec item, List<String> notes) {
    Tpp best = null;
    for (Map.Entry<Precision, Double> entry : item.tops().entrySet()) {
      Precision precision = entry.getKey();
      double value = Numbers.round(entry.getValue() * precision.bits(), 1);
      if (best == null || value > best.value()) {
        best = new Tpp(value, precision.name());
      }
    }
    if (best == null) {
      notes.add(
          "TPP unknown: no dense throughput figure was given, so every TPP test is untested.");
      return null;
    }
    Precision used = Precision.valueOf(best.precision());
    notes.add(
        "TPP = max over precisions of dense TOPS × bit length; the maximum is "
            + best.precision()
            + ": "
            + Numbers.plain(item.tops().get(used))
            + " × "
            + used.bits()
            + " = "
            + Numbers.plain(best.value())
            + ".");
    if (item.tops().containsKey(Precision.TF32)) {
      notes.add(
          "TF32 counted at its nominal 32 bits; it has 19 significant bits and the rule text does"
              + " not say which length applies.");
    }
    return best;
  }

  static Double density(ItemSpec item, Tpp tpp, List<String> notes) {
    if (tpp == null) {
      return null;
    }
    if (item.dieAreaMm2() == null || item.dieAreaMm2() <= 0) {
      notes.add(
          "Performance density unknown: the applicable die area was not given, so every"
              + " performance-density test is untested; a class that needs one cannot be ruled in"
              + " or out by it.");
      return null;
    }
    double density = tpp.value() / item.dieAreaMm2();
    notes.add(
        "Performance density = TPP / die area = "
            + Numbers.plain(tpp.value())
            + " / "
            + Numbers.plain(item.dieAreaMm2())
            + " = "
            + Numbers.plain(Numbers.round(density, 2))
            + ".");
    return density;
  }

  /**
   * The 2022 I/O prong's input. A chip whose only link is PCIe moves at most 256 GB/s both ways
   * (PCIe 6.0 x16: 64 GT/s × 16 lanes ≈ 128 GB/s per direction), so its aggregate I/O is bounded by
   * that even when no figure is given; the bound is used as the value and said so.
   */
  static Double interconnect(ItemSpec item) {
    return pcieOnlyBound(item) ? Double.valueOf(PCIE_X16_MAX_GBPS) : item.interconnectGBps();
  }

  static boolean pcieOnlyBound(ItemSpec item) {
    return item.interconnectGBps() == null
        && item.scaleUpInterconnect() == ScaleUpInterconnect.NONE;
  }

  /** 3A090.c: bandwidth over the stack or package area; unknown if either is missing. */
  static Double bandwidthDensity(ItemSpec item, List<String> notes) {
    Double bandwidth = item.memoryBandwidthGBps();
    Double area = item.packageAreaMm2();
    if (bandwidth == null || area == null || area <= 0) {
      notes.add(
          "Memory bandwidth density unknown: 3A090.c needs the memory bandwidth and the stack or"
              + " package area.");
      return null;
    }
    double density = bandwidth / area;
    notes.add(
        "Memory bandwidth density = bandwidth / package area = "
            + Numbers.plain(bandwidth)
            + " / "
            + Numbers.plain(area)
            + " = "
            + Numbers.plain(Numbers.round(density, 2))
            + " GB/s per mm².");
    return density;
  }

  static Double datacenter(ItemSpec item, List<String> notes) {
    if (item.marketSegment() == null) {
      return null;
    }
    if (item.marketSegment() == MarketSegment.WORKSTATION) {
      notes.add(
          "Workstation part: treated as not designed or marketed for datacenters (assumption).");
    }
    return item.marketSegment() == MarketSegment.DATACENTER ? 1.0 : 0.0;
  }
}
