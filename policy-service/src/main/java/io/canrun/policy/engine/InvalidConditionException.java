package io.canrun.policy.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A condition that does not parse, does not type-check, or is not a boolean. */
public class InvalidConditionException extends RuntimeException {

  private final transient List<ConditionIssue> issues;

  public InvalidConditionException(List<ConditionIssue> issues) {
    super(issues.stream().map(ConditionIssue::toString).collect(Collectors.joining("; ")));
    this.issues = List.copyOf(issues);
  }

  public List<ConditionIssue> issues() {
    return issues;
  }
}
