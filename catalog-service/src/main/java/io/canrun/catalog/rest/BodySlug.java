package io.canrun.catalog.rest;

import io.canrun.web.problem.Problem;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks on the identifiers inside request bodies that Bean Validation cannot express. */
final class BodySlug {

  private BodySlug() {}

  /** A replace cannot rename: the body's slug must be the one in the path. */
  static void requireSame(String pathSlug, String bodySlug) {
    if (!pathSlug.equals(bodySlug)) {
      throw new ProblemException(
          ProblemType.VALIDATION_FAILED,
          "The body's slug '" + bodySlug + "' differs from the path's '" + pathSlug + "'.",
          List.of(new Problem.FieldError("slug", "must equal the slug in the path")));
    }
  }

  /** An import names each entry once, so its outcome does not depend on order. */
  static void requireDistinct(List<String> slugs) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < slugs.size(); i++) {
      if (!seen.add(slugs.get(i))) {
        throw new ProblemException(
            ProblemType.VALIDATION_FAILED,
            "Slug '" + slugs.get(i) + "' appears more than once in the import.",
            List.of(new Problem.FieldError("[" + i + "].slug", "duplicates an earlier entry")));
      }
    }
  }
}
