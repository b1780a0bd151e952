package io.canrun.catalog.service;

import io.canrun.catalog.model.CatalogEntity;
import io.canrun.persistence.SortOrder;
import io.canrun.web.paging.PageRequest;
import io.canrun.web.paging.PageResult;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * The queries of one catalog collection: Panache's own, plus the listing a client filters, sorts
 * and pages through.
 *
 * @param <F> the collection's filter, bound from the listing's query parameters
 */
public interface CatalogRepository<E extends CatalogEntity, F> extends PanacheRepository<E> {

  PageResult<E> list(F filter, SortOrder sort, PageRequest page);
}
