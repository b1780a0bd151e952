package io.canrun.catalog.service;

import io.canrun.catalog.model.Chip;
import io.canrun.catalog.model.CompatibilityEvidence;
import io.canrun.catalog.model.ComputeSystem;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;

/** Accelerators. */
@ApplicationScoped
public class ChipCatalog extends SlugCatalog<Chip> {

  public ChipCatalog(ChipRepository chips, CatalogRevision revision) {
    super(chips, revision, "chip", "Chip", Chip::new);
  }

  @Override
  protected void checkNotReferenced(Chip chip) {
    long systems = ComputeSystem.count("chip", chip);
    long evidence = CompatibilityEvidence.count("chip", chip);
    if (systems + evidence > 0) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Chip '"
              + chip.slug
              + "' is still used by "
              + systems
              + " system(s) and "
              + evidence
              + " compatibility claim(s); delete those first.");
    }
  }
}
