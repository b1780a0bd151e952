package io.canrun.policy.engine;

/** A compile error in a rule condition, at a 1-based line and column. */
public record ConditionIssue(int line, int column, String message) {

  @Override
  public String toString() {
    return "line " + line + ", column " + column + ": " + message;
  }
}
