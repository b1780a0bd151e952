package io.canrun.catalog.service;

import io.canrun.catalog.model.ComputeSystem;
import jakarta.enterprise.context.ApplicationScoped;

/** Systems: N chips of one kind plus their fabric. */
@ApplicationScoped
public class SystemCatalog extends SlugCatalog<ComputeSystem, SystemFilter> {

  public SystemCatalog(
      SystemRepository systems, EvidenceRepository evidence, CatalogRevision revision) {
    super(systems, evidence, revision, "system", "ComputeSystem", ComputeSystem::new);
  }
}
