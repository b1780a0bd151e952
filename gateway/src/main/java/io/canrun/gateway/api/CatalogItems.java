package io.canrun.gateway.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** A read-through catalog listing; {@code stale} when catalog-service could not confirm it. */
@RegisterForReflection
public record CatalogItems<T>(List<T> items, int total, boolean stale) {}
