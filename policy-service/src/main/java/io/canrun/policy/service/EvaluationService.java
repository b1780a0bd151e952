package io.canrun.policy.service;

import io.canrun.policy.engine.Classification;
import io.canrun.policy.engine.ClassificationCriterion;
import io.canrun.policy.engine.EvaluationQuery;
import io.canrun.policy.engine.Evaluator;
import io.canrun.policy.engine.ItemSpec;
import io.canrun.policy.engine.PairVerdict;
import io.canrun.policy.engine.PolicySnapshot;
import io.canrun.policy.model.PolicyVersion;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.text.NearMatches;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * Answers evaluations and classifications from the in-memory snapshot of the requested policy
 * version: one query for the current version, none per rule.
 */
@ApplicationScoped
public class EvaluationService {

  /** Items × destinations one call may ask for; larger batches are refused with 400. */
  public static final int MAX_PAIRS = 50_000;

  private final PolicyVersions versions;
  private final PolicySnapshots snapshots;
  private final Evaluator evaluator = new Evaluator();

  public EvaluationService(PolicyVersions versions, PolicySnapshots snapshots) {
    this.versions = versions;
    this.snapshots = snapshots;
  }

  /** The verdicts and the snapshot (hence version) they were computed from. */
  public record Outcome(PolicySnapshot snapshot, List<PairVerdict> results) {}

  public Outcome evaluate(EvaluationQuery query, Long policyVersion) {
    PolicySnapshot snapshot = snapshot(policyVersion);
    requireKnownCountries(snapshot, query);
    return new Outcome(snapshot, evaluator.evaluate(snapshot, query));
  }

  /** The classification in force on {@code asOf} (criteria are not versioned). */
  public Classification classify(ItemSpec item, LocalDate asOf) {
    return snapshot(null).classifier().classify(item, asOf);
  }

  /** The classification criteria in force on {@code asOf}, in their stored order. */
  public List<ClassificationCriterion> criteria(LocalDate asOf) {
    return snapshot(null).classifier().criteria().stream().filter(c -> c.inForceOn(asOf)).toList();
  }

  public long currentVersion() {
    return versions.current().version;
  }

  PolicySnapshot snapshot(Long policyVersion) {
    PolicyVersion version = versions.resolve(policyVersion, "policyVersion");
    return snapshots.at(version);
  }

  static void requireKnownCountries(PolicySnapshot snapshot, EvaluationQuery query) {
    for (int i = 0; i < query.destinations().size(); i++) {
      requireCountry(snapshot, query.destinations().get(i), "destinations[" + i + "]");
    }
    if (query.exportFrom() != null) {
      requireCountry(snapshot, query.exportFrom(), "exportFrom");
    }
    if (query.endUser() != null && query.endUser().headquarters() != null) {
      requireCountry(snapshot, query.endUser().headquarters(), "endUser.headquarters");
    }
    for (int i = 0; i < query.items().size(); i++) {
      requireCountry(
          snapshot, query.items().get(i).designerCountry(), "items[" + i + "].designerCountry");
    }
  }

  private static void requireCountry(PolicySnapshot snapshot, String code, String field) {
    if (snapshot.countries().find(code).isEmpty()) {
      throw ProblemException.invalidParameter(
          field,
          "'"
              + code
              + "' is not an ISO 3166-1 alpha-2 country code."
              + NearMatches.didYouMean(code, snapshot.countries().codes()));
    }
  }
}
