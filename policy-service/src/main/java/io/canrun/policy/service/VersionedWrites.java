package io.canrun.policy.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.canrun.policy.model.AuditEntry;
import io.canrun.policy.model.Revision;
import io.canrun.web.precondition.EntityVersions;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The steps every write to versioned data takes, in one place: allocate the next policy version
 * under the head lock, check If-Match against the current revision, close it and insert the new
 * one, record the audit entry, and flush so lock or constraint failures surface here (412/409).
 */
@ApplicationScoped
public class VersionedWrites {

  private final PolicyVersions versions;
  private final ObjectMapper json;

  public VersionedWrites(PolicyVersions versions, ObjectMapper json) {
    this.versions = versions;
    this.json = json;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public <R extends Revision> R create(
      AuditEntry.Kind kind, String id, R next, long version, String actor) {
    next.fromVersion = version;
    next.persist();
    audit(kind, id, AuditEntry.Action.CREATE, null, write(next), version, actor);
    Panache.getEntityManager().flush();
    return next;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public <R extends Revision> R replace(
      AuditEntry.Kind kind, String id, R current, R next, long version, String actor) {
    String before = write(current);
    current.close(version);
    // Hibernate flushes inserts before updates: close the old revision first, or the new one
    // would collide with it on the one-current-revision unique index.
    Panache.getEntityManager().flush();
    next.fromVersion = version;
    next.persist();
    audit(kind, id, AuditEntry.Action.UPDATE, before, write(next), version, actor);
    Panache.getEntityManager().flush();
    return next;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void delete(
      AuditEntry.Kind kind, String id, Revision current, long version, String actor) {
    String before = write(current);
    current.close(version);
    audit(kind, id, AuditEntry.Action.DELETE, before, null, version, actor);
    Panache.getEntityManager().flush();
  }

  /** Locks the head and allocates the version this write will create. */
  @Transactional(Transactional.TxType.MANDATORY)
  public long begin(String actor, String summary) {
    return versions.next(actor, summary);
  }

  /** 428 without If-Match, 412 unless it names the version of the current revision. */
  public static void requireCurrent(String ifMatch, Revision current) {
    EntityVersions.requireCurrent(ifMatch, current.fromVersion);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void audit(
      AuditEntry.Kind kind,
      String id,
      AuditEntry.Action action,
      String before,
      String after,
      long version,
      String actor) {
    AuditEntry entry = new AuditEntry();
    entry.at = Instant.now();
    entry.actor = actor;
    entry.kind = kind;
    entry.targetId = id;
    entry.action = action;
    entry.before = before;
    entry.after = after;
    entry.version = version;
    entry.persist();
  }

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Audit snapshot could not be written as JSON", e);
    }
  }
}
