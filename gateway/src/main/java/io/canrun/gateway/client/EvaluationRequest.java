package io.canrun.gateway.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/** Items × destinations to evaluate as of a date, against the current or a past rule set. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationRequest(
    LocalDate asOf,
    Long policyVersion,
    List<PolicyItem> items,
    List<String> destinations,
    PolicyEndUser endUser,
    String exportFrom,
    Detail detail) {

  /** FULL: every matching rule with its reason; SUMMARY: only the deciding rules. */
  public enum Detail {
    FULL,
    SUMMARY
  }
}
