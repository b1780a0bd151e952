package io.canrun.gateway.question;

import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.CatalogSystem;
import io.canrun.gateway.upstream.CatalogSnapshot;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import io.canrun.web.text.NearMatches;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the {@code chip} parameter named: a chip, or a system standing for its chip (its size bounds
 * the chip count and its fabric sets the tensor-parallel domain).
 */
public record Hardware(CatalogChip chip, CatalogSystem system) {

  /** A chip on its own, in no system. */
  public static Hardware of(CatalogChip chip) {
    return new Hardware(chip, null);
  }

  static Hardware resolve(String slug, CatalogSnapshot catalog) {
    CatalogChip chip = catalog.chips().get(slug);
    if (chip != null) {
      return new Hardware(chip, null);
    }
    CatalogSystem system = catalog.systems().get(slug);
    if (system != null && catalog.chips().get(system.chip()) != null) {
      return new Hardware(catalog.chips().get(system.chip()), system);
    }
    Set<String> known = new TreeSet<>(catalog.chips().keySet());
    known.addAll(catalog.systems().keySet());
    throw new ProblemException(
        ProblemType.NOT_FOUND,
        "No chip or system '" + slug + "' in the catalog." + NearMatches.didYouMean(slug, known));
  }

  public String name() {
    return system == null ? chip.name() : chip.name() + " (in " + system.name() + ")";
  }

  /** The system's slug, or null for a chip on its own. */
  public String systemSlug() {
    return system == null ? null : system.slug();
  }

  /** The most chips available: the system's size, or no limit. */
  public Integer maxChips() {
    return system == null ? null : system.chipCount();
  }

  /** Chips that can share tensor parallelism: the system's fabric, or the engine's default. */
  public Integer scaleUpDomain() {
    return system == null ? null : system.scaleUpDomainChips();
  }
}
