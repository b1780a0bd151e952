package io.canrun.policy.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.canrun.policy.engine.Classification;
import io.canrun.policy.engine.Confidence;
import io.canrun.policy.engine.PairVerdict;
import io.canrun.policy.engine.PolicySnapshot;
import io.canrun.policy.engine.RegimeVerdict;
import io.canrun.policy.engine.ReviewPolicy;
import io.canrun.policy.engine.RuleOutcome;
import io.canrun.policy.engine.RuleSet;
import io.canrun.policy.engine.RuleStatus;
import io.canrun.policy.engine.Verdict;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Verdicts for every pair, the policy version and law date they were computed for, the rule sets
 * every verdict covers and, in one line, what those rule sets do not model: a verdict of no licence
 * means no restriction was found in the modelled rules, never a legal clearance.
 */
@RegisterForReflection
public record EvaluationResponse(
    long policyVersion,
    LocalDate asOf,
    List<RuleSet> ruleSets,
    String notModelled,
    List<PairResult> results) {

  static EvaluationResponse of(
      PolicySnapshot snapshot,
      LocalDate asOf,
      List<PairVerdict> pairs,
      EvaluationRequest.Detail detail) {
    return new EvaluationResponse(
        snapshot.version(),
        asOf,
        snapshot.ruleSets(),
        snapshot.notModelled(),
        pairs.stream().map(pair -> PairResult.of(pair, detail)).toList());
  }

  /**
   * One item × destination. {@code verdict} is the most restrictive regime verdict; {@code
   * exportFrom} the country the item was taken to ship from.
   */
  @RegisterForReflection
  public record PairResult(
      String item,
      String destination,
      String exportFrom,
      Verdict verdict,
      ClassificationSummary classification,
      List<RegimeResult> regimes) {

    static PairResult of(PairVerdict pair, EvaluationRequest.Detail detail) {
      return new PairResult(
          pair.item(),
          pair.destination(),
          pair.exportFrom(),
          pair.verdict(),
          ClassificationSummary.of(pair.classification()),
          pair.regimes().stream().map(r -> RegimeResult.of(r, detail)).toList());
    }
  }

  /**
   * The item's class ({@code 4A090.a} for a system) and, when it differs, the class it is licensed
   * as (the IC it contains).
   */
  @RegisterForReflection
  public record ClassificationSummary(
      @JsonProperty("class") String eccn,
      @JsonInclude(JsonInclude.Include.NON_NULL) String licensedAs,
      Double tpp,
      Double performanceDensity,
      String vintage) {

    static ClassificationSummary of(Classification c) {
      return new ClassificationSummary(
          c.eccn(), licensedClass(c), c.tpp(), round2(c.performanceDensity()), c.vintage());
    }
  }

  /** The class a system is licensed as (its IC's), or {@code null} when it is its own class. */
  static String licensedClass(Classification c) {
    return c.eccn().equals(c.itemClass()) ? null : c.itemClass();
  }

  /** One regime's verdict with the rules behind it. */
  @RegisterForReflection
  public record RegimeResult(
      String regime,
      Verdict verdict,
      ReviewPolicy reviewPolicy,
      Confidence confidence,
      List<RuleResult> rules,
      List<String> conditions,
      List<String> assumptions,
      List<String> notes) {

    static RegimeResult of(RegimeVerdict r, EvaluationRequest.Detail detail) {
      boolean full = detail != EvaluationRequest.Detail.SUMMARY;
      return new RegimeResult(
          r.regime(),
          r.verdict(),
          r.reviewPolicy(),
          r.confidence(),
          r.rules().stream().filter(o -> full || o.decisive()).map(RuleResult::of).toList(),
          full ? r.conditions() : List.of(),
          full ? r.assumptions() : List.of(),
          full ? r.notes() : List.of());
    }
  }

  /** A matching rule: what it says, where it comes from, and the part it played. */
  @RegisterForReflection
  public record RuleResult(
      String id,
      String title,
      String citation,
      String sourceUrl,
      Verdict effect,
      ReviewPolicy reviewPolicy,
      RuleStatus status,
      String reason,
      boolean decisive,
      Confidence confidence) {

    static RuleResult of(RuleOutcome o) {
      return new RuleResult(
          o.rule().id(),
          o.rule().title(),
          o.rule().citation(),
          o.rule().sourceUrl(),
          o.rule().effect(),
          o.rule().reviewPolicy(),
          o.rule().status(),
          o.reason(),
          o.decisive(),
          o.rule().confidence());
    }
  }

  static Double round2(Double value) {
    return value == null
        ? null
        : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }
}
