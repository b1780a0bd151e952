package io.canrun.policy.engine;

/** A condition that type-checked but failed on these inputs, e.g. item.tops['FP64'] is absent. */
public class RuleEvaluationException extends Exception {

  private final String ruleId;

  public RuleEvaluationException(String ruleId, String message) {
    super(message, null, false, false);
    this.ruleId = ruleId;
  }

  public String ruleId() {
    return ruleId;
  }
}
