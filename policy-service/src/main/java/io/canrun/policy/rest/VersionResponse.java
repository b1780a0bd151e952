package io.canrun.policy.rest;

import io.canrun.policy.model.PolicyVersion;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** A policy version: clients key caches of verdicts on it. */
@RegisterForReflection
public record VersionResponse(long version, Instant changedAt, String changedBy, String summary) {

  static VersionResponse of(PolicyVersion v) {
    return new VersionResponse(v.version, v.changedAt, v.changedBy, v.summary);
  }
}
