package io.canrun.persistence;

import io.canrun.web.paging.PageRequest;
import io.canrun.web.paging.PageResult;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The conditions of a filtered listing, in Panache's query language over the entity's attributes.
 * Each is added only when the client gave its value, so an absent filter narrows nothing.
 */
public final class Conditions {

  private final List<String> clauses = new ArrayList<>();
  private final Parameters parameters = new Parameters();

  /** Adds {@code clause} (which names {@code :name}) when {@code value} is present. */
  public Conditions where(String clause, String name, Object value) {
    if (value != null) {
      clauses.add(clause);
      parameters.and(name, value);
    }
    return this;
  }

  /** Case-insensitive containment of {@code text} in any of {@code attributes}. */
  public Conditions containing(String text, String... attributes) {
    if (text == null || text.isBlank()) {
      return this;
    }
    List<String> any = Arrays.stream(attributes).map(a -> "lower(" + a + ") like :text").toList();
    clauses.add("(" + String.join(" or ", any) + ")");
    parameters.and("text", "%" + text.toLowerCase(Locale.ROOT).replace("%", "\\%") + "%");
    return this;
  }

  /** One page of the entities that meet every condition, in {@code sort} order. */
  public <E> PageResult<E> page(
      PanacheRepositoryBase<E, ?> repository, Sort sort, PageRequest request) {
    PanacheQuery<E> query =
        clauses.isEmpty()
            ? repository.findAll(sort)
            : repository.find(String.join(" and ", clauses), sort, parameters);
    List<E> items = query.page(Page.of(request.page(), request.size())).list();
    return request.of(items, query.count());
  }
}
