package io.canrun.gateway.feasibility;

/**
 * Collective and point-to-point times between chips. Bandwidths are one direction per chip: the
 * catalog's scale-up figure is the bidirectional total (catalog-specs.md conventions), so half of
 * it; chips without a scale-up link use PCIe; groups larger than the scale-up domain use the
 * scale-out network. Each operation pays the calibrated latency once.
 */
final class Interconnect {

  private static final double GIGA = 1e9;

  private final double scaleUp;
  private final double scaleOut;
  private final double latency;
  private final int domain;

  Interconnect(ChipSpec chip, EngineConstants constants, double latencyMicros, int domain) {
    this.scaleUp =
        (chip.scaleUpGBps() != null ? chip.scaleUpGBps() / 2 : constants.pcieGBps()) * GIGA;
    this.scaleOut = constants.scaleOutGBps() * GIGA;
    this.latency = latencyMicros / 1e6;
    this.domain = domain;
  }

  private double bandwidth(int ranks) {
    return ranks > domain ? Math.min(scaleUp, scaleOut) : scaleUp;
  }

  /** Ring all-reduce of {@code bytes} over {@code ranks}: each sends 2(n−1)/n of the data. */
  double allReduce(double bytes, int ranks) {
    if (ranks <= 1) {
      return 0;
    }
    return latency + 2.0 * (ranks - 1) / ranks * bytes / bandwidth(ranks);
  }

  /** All-to-all where each rank holds {@code bytesPerRank}: (n−1)/n of it leaves the rank. */
  double allToAll(double bytesPerRank, int ranks) {
    if (ranks <= 1) {
      return 0;
    }
    return latency + (ranks - 1.0) / ranks * bytesPerRank / bandwidth(ranks);
  }

  /** One hand-over between pipeline stages. */
  double hop(double bytes, boolean acrossNodes) {
    return latency + bytes / (acrossNodes ? Math.min(scaleUp, scaleOut) : scaleUp);
  }
}
