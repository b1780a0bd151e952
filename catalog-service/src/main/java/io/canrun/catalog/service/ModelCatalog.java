package io.canrun.catalog.service;

import io.canrun.catalog.model.AiModel;
import io.canrun.catalog.model.CompatibilityEvidence;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;

/** Models. */
@ApplicationScoped
public class ModelCatalog extends SlugCatalog<AiModel> {

  public ModelCatalog(ModelRepository models, CatalogRevision revision) {
    super(models, revision, "model", "AiModel", AiModel::new);
  }

  @Override
  protected void checkNotReferenced(AiModel model) {
    long evidence = CompatibilityEvidence.count("model", model);
    if (evidence > 0) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Model '"
              + model.slug
              + "' is still named by "
              + evidence
              + " compatibility claim(s); delete those first.");
    }
  }
}
