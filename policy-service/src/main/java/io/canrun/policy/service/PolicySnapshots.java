package io.canrun.policy.service;

import io.canrun.policy.engine.ClassificationCriterion;
import io.canrun.policy.engine.Classifier;
import io.canrun.policy.engine.CompiledRule;
import io.canrun.policy.engine.ConditionCompiler;
import io.canrun.policy.engine.Country;
import io.canrun.policy.engine.CountryDirectory;
import io.canrun.policy.engine.EntityEntry;
import io.canrun.policy.engine.EntityScreen;
import io.canrun.policy.engine.GroupMembership;
import io.canrun.policy.engine.PolicySnapshot;
import io.canrun.policy.engine.RuleDefinition;
import io.canrun.policy.engine.RuleSet;
import io.canrun.policy.engine.ThresholdTest;
import io.canrun.policy.model.CountryRecord;
import io.canrun.policy.model.CriterionRecord;
import io.canrun.policy.model.EntityRevision;
import io.canrun.policy.model.GroupMembershipRevision;
import io.canrun.policy.model.PolicyHead;
import io.canrun.policy.model.PolicyVersion;
import io.canrun.policy.model.Regime;
import io.canrun.policy.model.Revision;
import io.canrun.policy.model.RuleRevision;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the in-memory {@link PolicySnapshot} of a policy version and keeps the most recently used
 * ones. A version never changes once written, so a cached snapshot never goes stale; compiled
 * conditions are kept per rule revision and shared between the snapshots that contain it.
 */
@ApplicationScoped
public class PolicySnapshots {

  private static final int CACHED_VERSIONS = 16;

  private final ConditionCompiler compiler = new ConditionCompiler();
  private final Map<Long, CompiledRule> compiledByRevision = new ConcurrentHashMap<>();
  private final Map<Long, PolicySnapshot> snapshots =
      Collections.synchronizedMap(
          new LinkedHashMap<>(CACHED_VERSIONS, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, PolicySnapshot> eldest) {
              return size() > CACHED_VERSIONS;
            }
          });

  public ConditionCompiler compiler() {
    return compiler;
  }

  /**
   * Builds the current version's snapshot at start-up: compiling every rule on the first evaluation
   * instead could outlast a caller's timeout (the gateway allows 2 s).
   */
  @Transactional
  void warm(@Observes StartupEvent start) {
    PolicyHead head = PolicyHead.findById(PolicyHead.ID);
    at(PolicyVersion.findById(head.currentVersion));
  }

  @Transactional
  public PolicySnapshot at(PolicyVersion version) {
    PolicySnapshot cached = snapshots.get(version.version);
    if (cached != null) {
      return cached;
    }
    PolicySnapshot built = build(version);
    snapshots.put(version.version, built);
    return built;
  }

  private PolicySnapshot build(PolicyVersion version) {
    Parameters atVersion = Parameters.with("version", version.version);
    List<CompiledRule> rules =
        RuleRevision.<RuleRevision>list(Revision.AT_VERSION, atVersion).stream()
            .map(
                revision ->
                    compiledByRevision.computeIfAbsent(
                        revision.revisionId,
                        id -> CompiledRule.compile(Rules.toDefinition(revision), compiler)))
            .toList();
    List<GroupMembership> memberships =
        GroupMembershipRevision.<GroupMembershipRevision>list(Revision.AT_VERSION, atVersion)
            .stream()
            .map(
                m ->
                    new GroupMembership(
                        m.membershipId, m.groupCode, m.countryCode, m.effectiveFrom, m.effectiveTo))
            .toList();
    List<EntityEntry> entities =
        EntityRevision.<EntityRevision>list(Revision.AT_VERSION, atVersion).stream()
            .map(
                e ->
                    new EntityEntry(
                        e.entityId,
                        e.name,
                        e.aliases,
                        e.country,
                        e.effectiveFrom,
                        e.effectiveTo,
                        e.reviewPolicy,
                        e.footnotes))
            .toList();
    List<Country> countries =
        CountryRecord.<CountryRecord>listAll().stream()
            .map(c -> new Country(c.code, c.name, c.earTreatedAs, c.earTreatedAsFrom))
            .toList();
    List<ClassificationCriterion> criteria =
        CriterionRecord.<CriterionRecord>listAll(Sort.by("ordinal")).stream()
            .map(
                c ->
                    new ClassificationCriterion(
                        c.vintage,
                        c.clause,
                        c.resultClass,
                        c.kind,
                        ThresholdTest.parseAll(c.tests),
                        c.effectiveFrom,
                        c.effectiveTo,
                        c.citation,
                        c.note,
                        c.ordinal,
                        c.itemType))
            .toList();
    List<RuleSet> ruleSets =
        Regime.<Regime>listAll(Sort.by("code").descending()).stream()
            .map(r -> new RuleSet(r.code, r.name))
            .toList();
    return new PolicySnapshot(
        version.version,
        version.changedAt,
        ruleSets,
        version.notModelled,
        rules,
        new CountryDirectory(countries, memberships),
        new EntityScreen(entities),
        new Classifier(criteria));
  }

  /** For impact analysis: a rule compiled outside any stored revision. */
  public CompiledRule compile(RuleDefinition rule) {
    return CompiledRule.compile(rule, compiler);
  }
}
