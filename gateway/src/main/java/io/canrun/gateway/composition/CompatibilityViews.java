package io.canrun.gateway.composition;

import io.canrun.gateway.api.CompatibilityView;
import io.canrun.gateway.client.CatalogEvidence;
import java.util.Comparator;
import java.util.List;

/** The answer's compatibility part: published evidence for this chip and model. */
public final class CompatibilityViews {

  /** Strongest claim first; a reported failure only counts when nothing better was published. */
  private static final List<String> STRENGTH =
      List.of("VERIFIED", "INFERENCE_ONLY", "ANNOUNCED", "REPORTED_FAILED");

  static final String NO_EVIDENCE = "NO_EVIDENCE";

  private CompatibilityViews() {}

  public static CompatibilityView of(List<CatalogEvidence> evidence) {
    List<CompatibilityView.Evidence> items =
        evidence.stream()
            .sorted(Comparator.comparingInt(e -> strength(e.status())))
            .map(CompatibilityViews::evidence)
            .toList();
    String status = items.isEmpty() ? NO_EVIDENCE : items.get(0).status();
    return new CompatibilityView(status, items);
  }

  private static int strength(String status) {
    int rank = STRENGTH.indexOf(status);
    return rank < 0 ? STRENGTH.size() : rank;
  }

  private static CompatibilityView.Evidence evidence(CatalogEvidence e) {
    return new CompatibilityView.Evidence(
        e.hardware(),
        e.chip(),
        e.system(),
        e.model() == null ? e.modelName() : e.model(),
        e.status(),
        e.workloads() == null ? List.of() : e.workloads(),
        e.softwareStack(),
        e.claim(),
        e.announcedBy(),
        e.date(),
        Sources.of("compatibility evidence", e.sources()));
  }
}
