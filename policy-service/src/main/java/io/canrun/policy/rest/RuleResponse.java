package io.canrun.policy.rest;

import io.canrun.policy.engine.Confidence;
import io.canrun.policy.engine.ReviewPolicy;
import io.canrun.policy.engine.RuleDefinition;
import io.canrun.policy.engine.RuleStatus;
import io.canrun.policy.engine.Verdict;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/** A rule as stored; {@code version} is the policy version that wrote it (its ETag). */
@RegisterForReflection
public record RuleResponse(
    String id,
    String regime,
    String title,
    String citation,
    String sourceUrl,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    RuleStatus status,
    String condition,
    Verdict effect,
    ReviewPolicy reviewPolicy,
    int precedence,
    List<String> supersedes,
    List<String> conditions,
    List<String> assumptions,
    Confidence confidence,
    String notes,
    long version) {

  static RuleResponse of(RuleDefinition r) {
    return new RuleResponse(
        r.id(),
        r.regime(),
        r.title(),
        r.citation(),
        r.sourceUrl(),
        r.effectiveFrom(),
        r.effectiveTo(),
        r.status(),
        r.condition(),
        r.effect(),
        r.reviewPolicy(),
        r.precedence(),
        r.supersedes(),
        r.conditions(),
        r.assumptions(),
        r.confidence(),
        r.notes(),
        r.version());
  }
}
