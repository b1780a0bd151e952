package io.canrun.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Where a group of catalog figures comes from. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogSource(String figures, String key, String citation, String url, String date) {}
