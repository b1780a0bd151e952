package io.canrun.gateway.composition;

import io.canrun.gateway.api.Thresholds;
import java.time.LocalDate;
import java.util.List;

/**
 * The licence review bands a thresholds chart draws. policy-service holds the band as a rule
 * condition (CEL), which a chart cannot read, so its two figures are kept here with their source:
 * 91 FR 1684 (FR Doc 2026-00789), effective 2026-01-15, as recorded in
 * shared/data/export-controls.md §5.4 [S27] and export-controls-sanctions.md §6. They are drawn
 * only; verdicts always come from policy-service.
 */
public final class ReviewBands {

  static final LocalDate JANUARY_2026_EFFECTIVE = LocalDate.of(2026, 1, 15);

  private ReviewBands() {}

  public static List<Thresholds.ReviewBand> on(LocalDate asOf) {
    return List.of(
        new Thresholds.ReviewBand(
            "January 2026 China/Macau review band",
            "3A090.a",
            "3A090.a items exported from the US to end users in China or Macau: licence reviewed"
                + " case by case (not presumption of denial) when TPP < 21,000 and total DRAM"
                + " bandwidth < 6,500 GB/s, under the rule's conditions",
            JANUARY_2026_EFFECTIVE,
            !asOf.isBefore(JANUARY_2026_EFFECTIVE),
            21_000,
            6_500,
            "15 CFR 742.6(b)(10); 91 FR 1684 (FR Doc 2026-00789)",
            "https://www.govinfo.gov/content/pkg/FR-2026-01-15/html/2026-00789.htm"));
  }
}
