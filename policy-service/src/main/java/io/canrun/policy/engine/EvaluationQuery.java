package io.canrun.policy.engine;

import java.time.LocalDate;
import java.util.List;

/** Items × destinations, for one end user, shipped from one country, as of one law date. */
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
}
