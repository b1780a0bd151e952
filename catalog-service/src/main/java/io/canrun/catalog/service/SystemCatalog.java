package io.canrun.catalog.service;

import io.canrun.catalog.model.CompatibilityEvidence;
import io.canrun.catalog.model.ComputeSystem;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;

/** Systems: N chips of one kind plus their fabric. */
@ApplicationScoped
public class SystemCatalog extends SlugCatalog<ComputeSystem> {

  public SystemCatalog(SystemRepository systems, CatalogRevision revision) {
    super(systems, revision, "system", "ComputeSystem", ComputeSystem::new);
  }

  @Override
  protected void checkNotReferenced(ComputeSystem system) {
    long evidence = CompatibilityEvidence.count("system", system);
    if (evidence > 0) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "System '"
              + system.slug
              + "' is still named by "
              + evidence
              + " compatibility claim(s); delete those first.");
    }
  }
}
