package io.canrun.policy.rest;

import io.canrun.policy.engine.Confidence;
import io.canrun.policy.engine.ReviewPolicy;
import io.canrun.policy.model.EntityRevision;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/** An Entity List entry; {@code version} is the policy version that wrote it (its ETag). */
@RegisterForReflection
public record EntityResponse(
    String id,
    String name,
    List<String> aliases,
    String country,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    String citation,
    String sourceUrl,
    List<String> footnotes,
    ReviewPolicy reviewPolicy,
    Confidence confidence,
    String notes,
    long version) {

  static EntityResponse of(EntityRevision e) {
    return new EntityResponse(
        e.entityId,
        e.name,
        e.aliases,
        e.country,
        e.effectiveFrom,
        e.effectiveTo,
        e.citation,
        e.sourceUrl,
        e.footnotes,
        e.reviewPolicy,
        e.confidence,
        e.notes,
        e.fromVersion);
  }
}
