package io.canrun.policy.service;

import io.canrun.policy.engine.InvalidConditionException;
import io.canrun.policy.engine.RuleDefinition;
import io.canrun.policy.model.AuditEntry;
import io.canrun.policy.model.PolicyVersion;
import io.canrun.policy.model.Regime;
import io.canrun.policy.model.Revision;
import io.canrun.policy.model.RuleRevision;
import io.canrun.web.paging.PageResult;
import io.canrun.web.problem.Problem;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads and writes rules. Every write creates a policy version and an audit entry. */
@ApplicationScoped
public class RuleService {

  private final PolicyVersions versions;
  private final VersionedWrites writes;
  private final PolicySnapshots snapshots;

  public RuleService(PolicyVersions versions, VersionedWrites writes, PolicySnapshots snapshots) {
    this.versions = versions;
    this.writes = writes;
    this.snapshots = snapshots;
  }

  @Transactional
  public PageResult<RuleDefinition> list(
      String regime, LocalDate asOf, Long version, int page, int size) {
    PolicyVersion at = versions.resolve(version, "version");
    StringBuilder query = new StringBuilder(Revision.AT_VERSION);
    Parameters parameters = Parameters.with("version", at.version);
    if (regime != null) {
      requireRegime(regime, "regime");
      query.append(" and regime = :regime");
      parameters.and("regime", regime);
    }
    if (asOf != null) {
      query.append(
          " and (effectiveFrom is null or effectiveFrom <= :asOf)"
              + " and (effectiveTo is null or effectiveTo > :asOf)");
      parameters.and("asOf", asOf);
    }
    PanacheQuery<RuleRevision> found =
        RuleRevision.find(query.toString(), Sort.by("ruleId"), parameters);
    List<RuleDefinition> items =
        found.page(page, size).list().stream().map(Rules::toDefinition).toList();
    return new PageResult<>(items, page, size, found.count());
  }

  @Transactional
  public RuleDefinition get(String id, Long version) {
    PolicyVersion at = versions.resolve(version, "version");
    return RuleRevision.<RuleRevision>find(
            "ruleId = :id and " + Revision.AT_VERSION,
            Parameters.with("id", id).and("version", at.version))
        .firstResultOptional()
        .map(Rules::toDefinition)
        .orElseThrow(() -> NotFound.of("rule", id, currentIds()));
  }

  @Transactional
  public RuleDefinition create(RuleDefinition draft, String actor) {
    validate(draft);
    long version = writes.begin(actor, "Create rule " + draft.id());
    if (current(draft.id()).isPresent()) {
      throw new ProblemException(
          ProblemType.CONFLICT, "Rule '" + draft.id() + "' already exists; PUT to change it.");
    }
    requireSupersededExist(draft);
    RuleRevision created =
        writes.create(AuditEntry.Kind.RULE, draft.id(), Rules.toRevision(draft), version, actor);
    return Rules.toDefinition(created);
  }

  @Transactional
  public RuleDefinition update(String id, RuleDefinition draft, String ifMatch, String actor) {
    validate(draft);
    long version = writes.begin(actor, "Update rule " + id);
    RuleRevision current = current(id).orElseThrow(() -> NotFound.of("rule", id, currentIds()));
    VersionedWrites.requireCurrent(ifMatch, current);
    requireSupersededExist(draft);
    RuleRevision replaced =
        writes.replace(AuditEntry.Kind.RULE, id, current, Rules.toRevision(draft), version, actor);
    return Rules.toDefinition(replaced);
  }

  @Transactional
  public void delete(String id, String ifMatch, String actor) {
    long version = writes.begin(actor, "Delete rule " + id);
    RuleRevision current = current(id).orElseThrow(() -> NotFound.of("rule", id, currentIds()));
    VersionedWrites.requireCurrent(ifMatch, current);
    writes.delete(AuditEntry.Kind.RULE, id, current, version, actor);
  }

  /**
   * Checks what a database constraint cannot: the regime exists, the dates are ordered and the
   * condition compiles to a boolean (else 400 invalid-expression with line and column).
   */
  public void validate(RuleDefinition draft) {
    requireRegime(draft.regime(), "regime");
    if (draft.effectiveFrom() != null
        && draft.effectiveTo() != null
        && !draft.effectiveTo().isAfter(draft.effectiveFrom())) {
      throw ProblemException.invalidParameter("effectiveTo", "must be after effectiveFrom");
    }
    if (draft.supersedes().contains(draft.id())) {
      throw ProblemException.invalidParameter("supersedes", "must not name the rule itself");
    }
    try {
      snapshots.compiler().compile(draft.condition());
    } catch (InvalidConditionException e) {
      throw new ProblemException(
          ProblemType.INVALID_EXPRESSION,
          "The condition does not compile: " + e.getMessage(),
          e.issues().stream()
              .map(issue -> new Problem.FieldError("condition", issue.toString()))
              .toList());
    }
  }

  private void requireSupersededExist(RuleDefinition draft) {
    List<String> known = currentIds();
    for (String superseded : draft.supersedes()) {
      if (!known.contains(superseded)) {
        throw ProblemException.invalidParameter(
            "supersedes", "names unknown rule '" + superseded + "'");
      }
    }
  }

  private static void requireRegime(String regime, String field) {
    if (Regime.findById(regime) == null) {
      List<String> known = Regime.<Regime>listAll().stream().map(r -> r.code).sorted().toList();
      throw ProblemException.invalidParameter(
          field, "names unknown regime '" + regime + "'; known: " + String.join(", ", known));
    }
  }

  private static Optional<RuleRevision> current(String id) {
    return RuleRevision.find("ruleId = ?1 and toVersion is null", id).firstResultOptional();
  }

  List<String> currentIds() {
    return RuleRevision.<RuleRevision>list("toVersion is null").stream()
        .map(r -> r.ruleId)
        .toList();
  }
}
