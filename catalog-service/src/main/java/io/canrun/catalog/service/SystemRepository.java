package io.canrun.catalog.service;

import io.canrun.catalog.model.ComputeSystem;
import io.canrun.persistence.Conditions;
import io.canrun.persistence.SortOrder;
import io.canrun.web.paging.PageRequest;
import io.canrun.web.paging.PageResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

@ApplicationScoped
public class SystemRepository implements CatalogRepository<ComputeSystem, SystemFilter> {

  /** API field → attribute, for {@code sort}. */
  static final Map<String, String> SORTABLE =
      Map.of("slug", "slug", "name", "name", "vendor", "vendor", "chipCount", "chipCount");

  @Override
  public PageResult<ComputeSystem> list(SystemFilter filter, SortOrder sort, PageRequest page) {
    return new Conditions()
        .where("lower(vendor) = lower(:vendor)", "vendor", filter.vendor())
        .where("chip.slug = :chip", "chip", filter.chip())
        .containing(filter.q(), "slug", "name", "vendor")
        .page(this, sort.by(SORTABLE, "slug"), page);
  }
}
