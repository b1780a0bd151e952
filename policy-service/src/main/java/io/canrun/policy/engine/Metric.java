package io.canrun.policy.engine;

import java.util.Arrays;
import java.util.Optional;

/** A quantity a classification threshold test reads off an item. */
public enum Metric {
  /** Total processing performance: max over precisions of dense TOPS × bit length. */
  TPP("tpp"),
  /** TPP divided by the applicable (logic) die area in mm². */
  PERFORMANCE_DENSITY("performanceDensity"),
  /** Aggregate bidirectional I/O to non-memory ICs, GB/s (the 2022 interconnect prong). */
  INTERCONNECT_GBPS("interconnectGBps"),
  /** 1 when designed or marketed for datacenters, 0 when not (3A090 Note 2). */
  DATACENTER("datacenter"),
  /** HBM: memory bandwidth (GB/s) divided by the stack or package area (mm²), 3A090.c. */
  MEMORY_BANDWIDTH_DENSITY("memoryBandwidthDensity");

  private final String key;

  Metric(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<Metric> byKey(String key) {
    return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
  }
}
