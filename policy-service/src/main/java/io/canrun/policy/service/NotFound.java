package io.canrun.policy.service;

import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import io.canrun.web.text.NearMatches;
import java.util.Collection;

/** 404 problems that suggest the closest known identifiers. */
final class NotFound {

  private NotFound() {}

  static ProblemException of(String what, String id, Collection<String> known) {
    return new ProblemException(
        ProblemType.NOT_FOUND, "No " + what + " '" + id + "'." + NearMatches.didYouMean(id, known));
  }
}
