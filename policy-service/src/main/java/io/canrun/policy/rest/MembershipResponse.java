package io.canrun.policy.rest;

import io.canrun.policy.engine.Confidence;
import io.canrun.policy.model.GroupMembershipRevision;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;

/** A membership; {@code version} is the policy version that wrote it (its ETag). */
@RegisterForReflection
public record MembershipResponse(
    String id,
    String group,
    String country,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    String citation,
    Confidence confidence,
    String notes,
    long version) {

  static MembershipResponse of(GroupMembershipRevision m) {
    return new MembershipResponse(
        m.membershipId,
        m.groupCode,
        m.countryCode,
        m.effectiveFrom,
        m.effectiveTo,
        m.citation,
        m.confidence,
        m.notes,
        m.fromVersion);
  }
}
