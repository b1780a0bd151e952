package io.canrun.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** One page of a catalog listing. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogPage<T>(List<T> items, int page, int size, long total) {}
