package io.canrun.policy.rest;

import io.canrun.policy.engine.Confidence;
import io.canrun.policy.model.CountryGroup;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A country group and where its definition comes from. */
@RegisterForReflection
public record GroupResponse(
    String code,
    String name,
    String description,
    String citation,
    String sourceUrl,
    Confidence confidence,
    String notes,
    long createdVersion) {

  static GroupResponse of(CountryGroup g) {
    return new GroupResponse(
        g.code,
        g.name,
        g.description,
        g.citation,
        g.sourceUrl,
        g.confidence,
        g.notes,
        g.createdVersion);
  }
}
