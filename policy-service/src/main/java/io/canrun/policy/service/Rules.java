package io.canrun.policy.service;

import io.canrun.policy.engine.RuleDefinition;
import io.canrun.policy.model.RuleRevision;

/** Converts between a stored rule revision and the engine's rule definition. */
final class Rules {

  private Rules() {}

  static RuleDefinition toDefinition(RuleRevision r) {
    return new RuleDefinition(
        r.ruleId,
        r.regime,
        r.title,
        r.citation,
        r.sourceUrl,
        r.effectiveFrom,
        r.effectiveTo,
        r.status,
        r.condition,
        r.effect,
        r.reviewPolicy,
        r.precedence,
        r.supersedes,
        r.conditions,
        r.assumptions,
        r.confidence,
        r.notes,
        r.fromVersion);
  }

  static RuleRevision toRevision(RuleDefinition d) {
    RuleRevision r = new RuleRevision();
    r.ruleId = d.id();
    r.regime = d.regime();
    r.title = d.title();
    r.citation = d.citation();
    r.sourceUrl = d.sourceUrl();
    r.effectiveFrom = d.effectiveFrom();
    r.effectiveTo = d.effectiveTo();
    r.status = d.status();
    r.condition = d.condition();
    r.effect = d.effect();
    r.reviewPolicy = d.reviewPolicy();
    r.precedence = d.precedence();
    r.supersedes = d.supersedes();
    r.conditions = d.conditions();
    r.assumptions = d.assumptions();
    r.confidence = d.confidence();
    r.notes = d.notes();
    return r;
  }
}
