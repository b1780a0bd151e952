package io.canrun.gateway.service;

import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.EvaluationResponse;
import io.canrun.gateway.model.PolicyView;
import java.time.LocalDate;
import java.util.List;

/**
 * The policy views for a set of chips × destinations from one batched evaluation — or, when
 * policy-service gave no verdict, an UNKNOWN view with the reason for every pair.
 */
final class PolicyBatch {

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
      List<CatalogChip> chips,
      List<String> destinations,
      PolicyVerdicts.PolicyQuery query) {
    try {
      return new PolicyBatch(
          service.evaluate(chips, destinations, query), null, query.asOf(), query.policyVersion());
    } catch (UpstreamUnavailableException e) {
      return new PolicyBatch(null, e.reason(), query.asOf(), query.policyVersion());
    }
  }

  boolean available() {
    return verdicts != null;
  }

  String unavailableReason() {
    return unavailable;
  }

  Long policyVersion() {
    return verdicts == null ? requestedVersion : Long.valueOf(verdicts.policyVersion());
  }

  PolicyView view(String chip, String destination) {
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
    return PolicyViews.of(result, verdicts.policyVersion(), asOf);
  }
}
