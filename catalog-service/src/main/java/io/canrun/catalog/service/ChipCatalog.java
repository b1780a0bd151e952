package io.canrun.catalog.service;

import io.canrun.catalog.model.Chip;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Accelerators. */
@ApplicationScoped
public class ChipCatalog extends SlugCatalog<Chip, ChipFilter> {

  private final SystemRepository systems;

  public ChipCatalog(
      ChipRepository chips,
      SystemRepository systems,
      EvidenceRepository evidence,
      CatalogRevision revision) {
    super(chips, evidence, revision, "chip", "Chip", Chip::new);
    this.systems = systems;
  }

  @Override
  protected List<String> otherUsers(Chip chip) {
    long count = systems.count("chip", chip);
    return count == 0 ? List.of() : List.of(count + " system(s)");
  }
}
