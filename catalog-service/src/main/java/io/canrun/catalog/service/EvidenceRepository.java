package io.canrun.catalog.service;

import io.canrun.catalog.model.CompatibilityEvidence;
import io.canrun.persistence.Conditions;
import io.canrun.web.paging.PageRequest;
import io.canrun.web.paging.PageResult;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EvidenceRepository implements PanacheRepository<CompatibilityEvidence> {

  /** Claims in the order they were recorded. */
  public PageResult<CompatibilityEvidence> list(EvidenceFilter filter, PageRequest page) {
    return new Conditions()
        .where("chip.slug = :chip", "chip", filter.chip())
        .where("model.slug = :model", "model", filter.model())
        .where("status = :status", "status", filter.status())
        .page(this, Sort.by("id"), page);
  }
}
