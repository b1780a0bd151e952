package io.canrun.persistence;

import io.canrun.web.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import java.util.Map;

/**
 * Parses a client's {@code sort} parameter ({@code "name"}, {@code "-memoryGiB,name"}) against the
 * fields a listing allows, so a typo is a 400 naming the allowed fields rather than a SQL error.
 */
public final class SortOrder {

  private SortOrder() {}

  /**
   * @param allowed API field name → entity attribute
   * @param tieBreaker attribute appended last so pages are deterministic
   */
  public static Sort parse(String sort, Map<String, String> allowed, String tieBreaker) {
    Sort result = null;
    if (sort != null && !sort.isBlank()) {
      for (String part : sort.split(",")) {
        String field = part.trim();
        Sort.Direction direction = Sort.Direction.Ascending;
        if (field.startsWith("-")) {
          direction = Sort.Direction.Descending;
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
        result = result == null ? Sort.by(attribute, direction) : result.and(attribute, direction);
      }
    }
    return result == null ? Sort.by(tieBreaker) : result.and(tieBreaker);
  }
}
