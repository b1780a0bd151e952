package io.canrun.catalog.service;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What a bulk upsert did. */
@RegisterForReflection
public record ImportResult(int created, int updated) {}
