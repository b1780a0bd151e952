package io.canrun.catalog.service;

import io.canrun.catalog.model.AiModel;
import io.canrun.persistence.Conditions;
import io.canrun.persistence.SortOrder;
import io.canrun.web.paging.PageRequest;
import io.canrun.web.paging.PageResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

@ApplicationScoped
public class ModelRepository implements CatalogRepository<AiModel, ModelFilter> {

  /** API field → attribute, for {@code sort}. */
  static final Map<String, String> SORTABLE =
      Map.of(
          "slug", "slug",
          "name", "name",
          "organisation", "organisation",
          "released", "released",
          "totalParamsB", "totalParamsB",
          "activeParamsB", "activeParamsB");

  @Override
  public PageResult<AiModel> list(ModelFilter filter, SortOrder sort, PageRequest page) {
    return new Conditions()
        .where("lower(organisation) = lower(:organisation)", "organisation", filter.organisation())
        .where("architecture = :architecture", "architecture", filter.architecture())
        .where("totalParamsB >= :minTotal", "minTotal", filter.minTotalParamsB())
        .where("totalParamsB <= :maxTotal", "maxTotal", filter.maxTotalParamsB())
        .where("openWeights = :open", "open", filter.openWeights())
        .containing(filter.q(), "slug", "name", "organisation")
        .page(this, sort.by(SORTABLE, "slug"), page);
  }
}
