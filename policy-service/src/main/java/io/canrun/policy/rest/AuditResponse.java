package io.canrun.policy.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.canrun.policy.model.AuditEntry;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** One change: who (JWT subject), when, what, before and after, and the version it created. */
@RegisterForReflection
public record AuditResponse(
    long id,
    Instant at,
    String actor,
    AuditEntry.Kind kind,
    String targetId,
    AuditEntry.Action action,
    @JsonRawValue String before,
    @JsonRawValue String after,
    long version) {

  static AuditResponse of(AuditEntry e) {
    return new AuditResponse(
        e.id, e.at, e.actor, e.kind, e.targetId, e.action, e.before, e.after, e.version);
  }
}
