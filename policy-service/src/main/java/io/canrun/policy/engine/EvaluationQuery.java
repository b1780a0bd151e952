package io.canrun.policy.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * Items × destinations, for one end user, as of one law date. {@code exportFrom} is the country
 * every item ships from; {@code null} ships each item from its designer's country (a domestic sale
 * where that is the destination).
 */
public record EvaluationQuery(
    LocalDate asOf,
    List<ItemSpec> items,
    List<String> destinations,
    EndUser endUser,
    String exportFrom) {

  public EvaluationQuery {
    items = List.copyOf(items);
    destinations = List.copyOf(destinations);
  }

  /** The country {@code item} ships from under this query. */
  public String exportFrom(ItemSpec item) {
    return exportFrom != null ? exportFrom : item.designerCountry();
  }
}
