package io.canrun.catalog.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A listing's filter as JPQL conditions over the entity alias {@code e}, built from the optional
 * parameters a client gave; absent parameters add nothing.
 */
public final class Listing {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Adds {@code condition} (using {@code :name}) when {@code value} is present. */
  public Listing where(String condition, String name, Object value) {
    if (value != null) {
      conditions.add(condition);
      parameters.put(name, value);
    }
    return this;
  }

  /** Case-insensitive containment over several attributes, for the {@code q} parameter. */
  public Listing text(String query, String... attributes) {
    if (query == null || query.isBlank()) {
      return this;
    }
    List<String> any = Arrays.stream(attributes).map(a -> "lower(e." + a + ") like :q").toList();
    conditions.add("(" + String.join(" or ", any) + ")");
    parameters.put("q", "%" + query.toLowerCase(Locale.ROOT).replace("%", "\\%") + "%");
    return this;
  }

  String whereClause() {
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  Map<String, Object> parameters() {
    return parameters;
  }
}
