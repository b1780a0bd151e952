package io.canrun.persistence;

import io.canrun.web.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The order a client asks a listing for: {@code sort=name} or {@code sort=-memoryGB,name}, a {@code
 * -} meaning descending. Checked against the fields the listing allows, so a typo is a 400 naming
 * the allowed fields rather than a SQL error.
 */
@RegisterForReflection
public record SortOrder(
    @RestQuery
        @Parameter(
            description = "Comma-separated fields, '-' before a field for descending",
            example = "-memoryGB,name")
        String sort) {

  /**
   * Panache's sort for this order. Unknown figures (null) sort last in either direction: they are
   * neither the largest nor the smallest.
   *
   * @param allowed API field name → entity attribute
   * @param tieBreaker attribute appended last so pages are deterministic
   */
  public Sort by(Map<String, String> allowed, String tieBreaker) {
    Sort order = null;
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
        order =
            order == null
                ? Sort.by(attribute, direction, Sort.NullPrecedence.NULLS_LAST)
                : order.and(attribute, direction, Sort.NullPrecedence.NULLS_LAST);
      }
    }
    return order == null ? Sort.by(tieBreaker) : order.and(tieBreaker);
  }
}
