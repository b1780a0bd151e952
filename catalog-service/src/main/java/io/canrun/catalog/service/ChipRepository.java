package io.canrun.catalog.service;

import io.canrun.catalog.model.Chip;
import io.canrun.persistence.Conditions;
import io.canrun.persistence.SortOrder;
import io.canrun.web.paging.PageRequest;
import io.canrun.web.paging.PageResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

@ApplicationScoped
public class ChipRepository implements CatalogRepository<Chip, ChipFilter> {

  /** API field → attribute, for {@code sort}. */
  static final Map<String, String> SORTABLE =
      Map.of(
          "slug", "slug",
          "name", "name",
          "vendor", "vendor",
          "released", "released",
          "memoryGB", "memoryGB",
          "memoryBandwidthGBps", "memoryBandwidthGBps",
          "tdpWatts", "tdpWatts");

  @Override
  public PageResult<Chip> list(ChipFilter filter, SortOrder sort, PageRequest page) {
    return new Conditions()
        .where("lower(vendor) = lower(:vendor)", "vendor", filter.vendor())
        .where("designerCountry = :country", "country", filter.designerCountry())
        .where("marketSegment = :segment", "segment", filter.marketSegment())
        .where("memoryGB >= :minMemory", "minMemory", filter.minMemoryGB())
        .where("memoryGB <= :maxMemory", "maxMemory", filter.maxMemoryGB())
        .where("memoryBandwidthGBps >= :minBandwidth", "minBandwidth", filter.minBandwidthGBps())
        .containing(filter.q(), "slug", "name", "vendor")
        .page(this, sort.by(SORTABLE, "slug"), page);
  }
}
