package io.canrun.catalog.model;

/**
 * Whether a chip has a chip-to-chip link besides its host bus. NONE (PCIe only) is a fact distinct
 * from an unknown link: export rules of 2022 test aggregate I/O, which PCIe alone keeps far below
 * their 600 GB/s line.
 */
public enum ScaleUpInterconnect {
  /** PCIe only: no NVLink-, Infinity-Fabric-, HCCS- or MTLink-style link. */
  NONE,
  /** A dedicated chip-to-chip link; its bandwidth is {@code scaleUpGBps} (or unknown). */
  DEDICATED
}
