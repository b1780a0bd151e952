package io.canrun.gateway.feasibility;

/** A chip's memory as the fit check uses it, and where the figure comes from. */
record Capacity(double gib, String basis) {

  /** The usable figure when the catalog has one, else the vendor's GB read as GiB; or null. */
  static Capacity of(ChipSpec chip) {
    if (chip.memoryUsableGiB() != null) {
      return new Capacity(
          chip.memoryUsableGiB(), "usable " + chip.memoryUsableGiB() + " GiB per its source");
    }
    if (chip.memoryGB() != null) {
      return new Capacity(
          chip.memoryGB(),
          "vendor's " + chip.memoryGB() + " GB read as GiB (HBM capacities are binary)");
    }
    return null;
  }
}
