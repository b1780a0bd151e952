package io.canrun.gateway.feasibility;

import java.util.Map;

/**
 * What the engine needs to know about a chip. A precision missing from {@code compute} means its
 * support is unknown; {@code memoryUsableGiB} null means only the vendor's capacity is known.
 *
 * @param scaleUpGBps per-chip scale-up bandwidth; null for PCIe-only or unknown
 */
public record ChipSpec(
    String slug,
    String name,
    Double memoryGB,
    Double memoryUsableGiB,
    Double memoryBandwidthGBps,
    Map<Precision, PrecisionSupport> compute,
    Double scaleUpGBps) {

  /** Whether the chip computes in {@code precision}: true, false, or null when unknown. */
  public Boolean supports(Precision precision) {
    PrecisionSupport support = compute == null ? null : compute.get(precision);
    return support == null ? null : support.supported();
  }

  /** Dense peak TFLOPS (TOPS for INT8) in {@code precision}, or null when unknown. */
  public Double peakTflops(Precision precision) {
    PrecisionSupport support = compute == null ? null : compute.get(precision);
    return support == null || !support.supported() ? null : support.denseTflops();
  }

  /** A chip's support for one precision and its dense peak (null: unpublished). */
  public record PrecisionSupport(boolean supported, Double denseTflops) {}
}
