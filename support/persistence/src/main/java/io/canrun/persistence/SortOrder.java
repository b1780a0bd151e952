package io.canrun.persistence;

import io.canrun.web.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses a client's {@code sort} parameter ({@code "name"}, {@code "-memoryGB,name"}) against the
 * fields a listing allows, so a typo is a 400 naming the allowed fields rather than a SQL error.
 */
public final class SortOrder {

  private SortOrder() {}

  /**
   * An HQL {@code order by} clause over the entity alias {@code e}. Unknown figures (null) sort
   * last in either direction: they are neither the largest nor the smallest.
   *
   * @param allowed API field name → entity attribute
   * @param tieBreaker attribute appended last so pages are deterministic
   */
  public static String parse(String sort, Map<String, String> allowed, String tieBreaker) {
    List<String> terms = new ArrayList<>();
    if (sort != null && !sort.isBlank()) {
      for (String part : sort.split(",")) {
        String field = part.trim();
        String direction = "asc";
        if (field.startsWith("-")) {
          direction = "desc";
          field = field.substring(1);
        }
        String attribute = allowed.get(field);
        if (attribute == null) {
          throw ProblemException.invalidParameter(
              "sort",
              "cannot sort by '"
                  + field
                  + "'; allowed: "
                  + String.join(", ", allowed.keySet().stream().sorted().toList())
                  + " (prefix '-' for descending)");
        }
        terms.add("e." + attribute + " " + direction + " nulls last");
      }
    }
    terms.add("e." + tieBreaker);
    return " order by " + String.join(", ", terms);
  }
}
