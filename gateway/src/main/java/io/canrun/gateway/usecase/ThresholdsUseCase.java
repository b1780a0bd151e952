package io.canrun.gateway.usecase;

import io.canrun.gateway.api.Thresholds;
import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.ClassificationCriteria;
import io.canrun.gateway.client.ClassificationRequest;
import io.canrun.gateway.client.ClassificationResult;
import io.canrun.gateway.client.PolicyClient;
import io.canrun.gateway.client.UpstreamRejectedException;
import io.canrun.gateway.composition.ReviewBands;
import io.canrun.gateway.composition.ThresholdRegions;
import io.canrun.gateway.upstream.CatalogCopy;
import io.canrun.gateway.upstream.PolicyVerdicts;
import io.canrun.gateway.upstream.UpstreamUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places every catalog chip against the 3A090 thresholds in force on a date. Classes and figures
 * come only from policy-service: when it cannot answer, there is no chart (503), never a guess.
 */
@ApplicationScoped
public class ThresholdsUseCase {

  private static final String UPSTREAM = "policy-service";

  private final CatalogCopy catalog;
  private final PolicyClient policy;
  private final Clock clock;

  public ThresholdsUseCase(CatalogCopy catalog, PolicyClient policy, Clock clock) {
    this.catalog = catalog;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * @param requested the law date, or null for today (UTC)
   * @throws UpstreamUnavailableException when policy-service (or a catalog never read) fails
   */
  public Thresholds thresholds(LocalDate requested) {
    LocalDate asOf = requested != null ? requested : LocalDate.now(clock);
    CatalogCopy.CatalogRead read = catalog.read();
    ClassificationCriteria criteria;
    try {
      criteria = policy.criteria(asOf);
    } catch (RuntimeException e) {
      throw UpstreamUnavailableException.of(UPSTREAM, e);
    }
    List<Thresholds.Chip> chips =
        read.snapshot().chips().values().stream()
            .sorted(Comparator.comparing(CatalogChip::slug))
            .map(chip -> place(chip, asOf))
            .toList();
    return new Thresholds(
        asOf,
        criteria.vintage(),
        read.stale(),
        ThresholdRegions.regions(criteria),
        ThresholdRegions.qualifications(criteria),
        ReviewBands.on(asOf),
        chips);
  }

  private Thresholds.Chip place(CatalogChip chip, LocalDate asOf) {
    ClassificationResult result;
    try {
      result = policy.classify(new ClassificationRequest(PolicyVerdicts.item(chip), asOf));
    } catch (UpstreamRejectedException e) {
      // The catalog's figures for this chip are not acceptable to policy-service: list the chip
      // as unplaced with the reason rather than drop the whole chart.
      return chip(chip, null, null, null, null, List.of(e.reason()));
    } catch (RuntimeException e) {
      throw UpstreamUnavailableException.of(UPSTREAM, e);
    }
    return chip(
        chip,
        result.eccnClass(),
        result.tpp(),
        result.tppPrecision(),
        result.performanceDensity(),
        result.notes() == null ? List.of() : result.notes());
  }

  private static Thresholds.Chip chip(
      CatalogChip chip,
      String eccnClass,
      Double tpp,
      String tppPrecision,
      Double density,
      List<String> notes) {
    List<String> unknown = new ArrayList<>();
    if (tpp == null) {
      unknown.add(ThresholdRegions.TPP);
    }
    if (density == null) {
      unknown.add(ThresholdRegions.PERFORMANCE_DENSITY);
    }
    return new Thresholds.Chip(
        chip.slug(),
        chip.name(),
        chip.vendor(),
        eccnClass,
        tpp,
        tppPrecision,
        density,
        chip.memoryBandwidthGBps(),
        List.copyOf(unknown),
        notes);
  }
}
