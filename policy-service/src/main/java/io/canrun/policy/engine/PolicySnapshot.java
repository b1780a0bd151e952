package io.canrun.policy.engine;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything an evaluation reads, as stored at one policy version: compiled rules per regime,
 * countries and group memberships, the Entity List and the classification criteria, and the one
 * line that says what this version does not model. Immutable and shared between threads; built once
 * per version and cached.
 */
public final class PolicySnapshot {

  private final long version;
  private final Instant changedAt;
  private final List<RuleSet> ruleSets;
  private final String notModelled;
  private final Map<String, List<CompiledRule>> rulesByRegime;
  private final CountryDirectory countries;
  private final EntityScreen entities;
  private final Classifier classifier;

  public PolicySnapshot(
      long version,
      Instant changedAt,
      List<RuleSet> ruleSets,
      String notModelled,
      Collection<CompiledRule> rules,
      CountryDirectory countries,
      EntityScreen entities,
      Classifier classifier) {
    this.version = version;
    this.changedAt = changedAt;
    this.ruleSets = List.copyOf(ruleSets);
    this.notModelled = notModelled;
    Map<String, List<CompiledRule>> byRegime = new LinkedHashMap<>();
    ruleSets.forEach(ruleSet -> byRegime.put(ruleSet.regime(), List.of()));
    rules.stream()
        .sorted(
            Comparator.comparingInt((CompiledRule r) -> -r.definition().precedence())
                .thenComparing(r -> r.definition().id()))
        .forEach(
            rule ->
                byRegime.merge(
                    rule.definition().regime(),
                    List.of(rule),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
    this.rulesByRegime = byRegime;
    this.countries = countries;
    this.entities = entities;
    this.classifier = classifier;
  }

  public long version() {
    return version;
  }

  public Instant changedAt() {
    return changedAt;
  }

  /** The regimes every evaluation answers, in answer order. */
  public List<RuleSet> ruleSets() {
    return ruleSets;
  }

  /** What this version does not model, in one line ({@code null} if not stated). */
  public String notModelled() {
    return notModelled;
  }

  /** Regime code → its rules, highest precedence first. */
  public Map<String, List<CompiledRule>> rulesByRegime() {
    return rulesByRegime;
  }

  public CountryDirectory countries() {
    return countries;
  }

  public EntityScreen entities() {
    return entities;
  }

  public Classifier classifier() {
    return classifier;
  }

  /** A copy with a different rule set, for impact analysis of a proposed change. */
  public PolicySnapshot withRules(Collection<CompiledRule> rules) {
    return new PolicySnapshot(
        version, changedAt, ruleSets, notModelled, rules, countries, entities, classifier);
  }

  public List<CompiledRule> allRules() {
    return rulesByRegime.values().stream().flatMap(List::stream).toList();
  }
}
