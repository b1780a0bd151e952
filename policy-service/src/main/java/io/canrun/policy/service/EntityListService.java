package io.canrun.policy.service;

import io.canrun.policy.model.AuditEntry;
import io.canrun.policy.model.CountryRecord;
import io.canrun.policy.model.EntityRevision;
import io.canrun.policy.model.PolicyVersion;
import io.canrun.policy.model.Revision;
import io.canrun.web.paging.PageResult;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads and writes Entity List entries; every write creates a policy version and an audit entry.
 */
@ApplicationScoped
public class EntityListService {

  private final PolicyVersions versions;
  private final VersionedWrites writes;

  public EntityListService(PolicyVersions versions, VersionedWrites writes) {
    this.versions = versions;
    this.writes = writes;
  }

  @Transactional
  public PageResult<EntityRevision> list(String nameContains, Long version, int page, int size) {
    PolicyVersion at = versions.resolve(version, "version");
    String query = Revision.AT_VERSION;
    Parameters parameters = Parameters.with("version", at.version);
    if (nameContains != null && !nameContains.isBlank()) {
      query += " and lower(name) like :q";
      parameters.and("q", "%" + nameContains.toLowerCase(Locale.ROOT) + "%");
    }
    PanacheQuery<EntityRevision> found =
        EntityRevision.find(query, Sort.by("entityId"), parameters);
    return new PageResult<>(found.page(page, size).list(), page, size, found.count());
  }

  @Transactional
  public EntityRevision get(String id, Long version) {
    PolicyVersion at = versions.resolve(version, "version");
    return EntityRevision.<EntityRevision>find(
            "entityId = :id and " + Revision.AT_VERSION,
            Parameters.with("id", id).and("version", at.version))
        .firstResultOptional()
        .orElseThrow(() -> NotFound.of("Entity List entry", id, currentIds()));
  }

  @Transactional
  public EntityRevision create(EntityRevision draft, String actor) {
    validate(draft);
    long version = writes.begin(actor, "Create Entity List entry " + draft.entityId);
    if (current(draft.entityId).isPresent()) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Entity List entry '" + draft.entityId + "' already exists; PUT to change it.");
    }
    return writes.create(AuditEntry.Kind.ENTITY, draft.entityId, draft, version, actor);
  }

  @Transactional
  public EntityRevision update(String id, EntityRevision draft, String ifMatch, String actor) {
    draft.entityId = id;
    validate(draft);
    long version = writes.begin(actor, "Update Entity List entry " + id);
    EntityRevision current =
        current(id).orElseThrow(() -> NotFound.of("Entity List entry", id, currentIds()));
    VersionedWrites.requireCurrent(ifMatch, current);
    return writes.replace(AuditEntry.Kind.ENTITY, id, current, draft, version, actor);
  }

  @Transactional
  public void delete(String id, String ifMatch, String actor) {
    long version = writes.begin(actor, "Delete Entity List entry " + id);
    EntityRevision current =
        current(id).orElseThrow(() -> NotFound.of("Entity List entry", id, currentIds()));
    VersionedWrites.requireCurrent(ifMatch, current);
    writes.delete(AuditEntry.Kind.ENTITY, id, current, version, actor);
  }

  private static void validate(EntityRevision draft) {
    if (CountryRecord.findById(draft.country) == null) {
      throw ProblemException.invalidParameter(
          "country", "'" + draft.country + "' is not an ISO 3166-1 alpha-2 code");
    }
    if (draft.effectiveFrom != null
        && draft.effectiveTo != null
        && !draft.effectiveTo.isAfter(draft.effectiveFrom)) {
      throw ProblemException.invalidParameter("effectiveTo", "must be after effectiveFrom");
    }
  }

  private static Optional<EntityRevision> current(String id) {
    return EntityRevision.find("entityId = ?1 and toVersion is null", id).firstResultOptional();
  }

  private static List<String> currentIds() {
    return EntityRevision.<EntityRevision>list("toVersion is null").stream()
        .map(e -> e.entityId)
        .toList();
  }
}
