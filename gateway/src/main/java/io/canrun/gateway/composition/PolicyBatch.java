package io.canrun.gateway.composition;

import io.canrun.gateway.api.PolicyView;
import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.EvaluationRequest;
import io.canrun.gateway.client.EvaluationResponse;
import io.canrun.gateway.question.Question;
import io.canrun.gateway.upstream.PolicyVerdicts;
import io.canrun.gateway.upstream.UpstreamUnavailableException;
import java.time.LocalDate;
import java.util.List;

/**
 * The policy views for a set of chips × destinations from one batched evaluation at the question's
 * pinned policy version — or, when policy-service gave no verdict, an UNKNOWN view with the reason
 * for every pair.
 */
public final class PolicyBatch {

  private final PolicyVerdicts.Verdicts verdicts;
  private final String unavailable;
  private final LocalDate asOf;
  private final Long requestedVersion;

  private PolicyBatch(
      PolicyVerdicts.Verdicts verdicts, String unavailable, LocalDate asOf, Long requestedVersion) {
    this.verdicts = verdicts;
    this.unavailable = unavailable;
    this.asOf = asOf;
    this.requestedVersion = requestedVersion;
  }

  static PolicyBatch fetch(
      PolicyVerdicts service,
      Question<?> question,
      List<CatalogChip> chips,
      List<String> destinations,
      String itemType,
      EvaluationRequest.Detail detail) {
    Long requested = question.terms().policyVersion();
    if (!question.policy().pinned()) {
      return new PolicyBatch(null, question.policy().unavailable(), question.asOf(), requested);
    }
    PolicyVerdicts.PolicyQuery query =
        new PolicyVerdicts.PolicyQuery(
            question.asOf(),
            question.policy().version(),
            question.endUser(),
            question.terms().exportFrom(),
            itemType,
            detail);
    try {
      return new PolicyBatch(
          service.evaluate(chips, destinations, query), null, question.asOf(), requested);
    } catch (UpstreamUnavailableException e) {
      return new PolicyBatch(null, e.reason(), question.asOf(), requested);
    }
  }

  public boolean available() {
    return verdicts != null;
  }

  /** Why there is no verdict, or null when there is one. */
  public String unavailableReason() {
    return unavailable;
  }

  public Long policyVersion() {
    return verdicts == null ? requestedVersion : Long.valueOf(verdicts.policyVersion());
  }

  public PolicyView view(String chip, String destination) {
    if (verdicts == null) {
      return PolicyViews.unavailable(unavailable, asOf, requestedVersion);
    }
    EvaluationResponse.Result result = verdicts.of(chip, destination);
    if (result == null) {
      return PolicyViews.unavailable(
          "policy-service returned no verdict for " + chip + " to " + destination,
          asOf,
          verdicts.policyVersion());
    }
    return PolicyViews.of(result, verdicts.policyVersion(), verdicts.coverage(), asOf);
  }
}
