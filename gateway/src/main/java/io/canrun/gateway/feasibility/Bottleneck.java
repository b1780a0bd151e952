package io.canrun.gateway.feasibility;

/** What limits decode speed (or, for CAPACITY, whether it runs at all). */
public enum Bottleneck {
  MEMORY_BANDWIDTH,
  COMPUTE,
  INTERCONNECT,
  CAPACITY,
  UNKNOWN
}
