package io.canrun.policy.engine;

/**
 * Whether a chip has a chip-to-chip link besides its host bus. {@code NONE} (PCIe only) is a fact,
 * not a gap: its aggregate I/O is bounded by the host link, so the 2022 interconnect prong (600
 * GB/s) can be decided without a bandwidth figure.
 */
public enum ScaleUpInterconnect {
  /** PCIe only: no NVLink-, Infinity-Fabric- or HCCS-style link. */
  NONE,
  /** A dedicated chip-to-chip link; its bandwidth is given separately (or unknown). */
  DEDICATED
}
