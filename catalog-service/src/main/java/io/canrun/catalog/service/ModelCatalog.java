package io.canrun.catalog.service;

import io.canrun.catalog.model.AiModel;
import jakarta.enterprise.context.ApplicationScoped;

/** Models. */
@ApplicationScoped
public class ModelCatalog extends SlugCatalog<AiModel, ModelFilter> {

  public ModelCatalog(
      ModelRepository models, EvidenceRepository evidence, CatalogRevision revision) {
    super(models, evidence, revision, "model", "AiModel", AiModel::new);
  }
}
