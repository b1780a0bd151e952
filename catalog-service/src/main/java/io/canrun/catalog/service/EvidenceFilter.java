package io.canrun.catalog.service;

import io.canrun.catalog.model.EvidenceStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Which compatibility claims a listing shows; every filter is optional and they combine. */
@RegisterForReflection
public record EvidenceFilter(
    @RestQuery @Parameter(description = "Chip slug; unknown → 404", example = "mtt-s5000")
        String chip,
    @RestQuery @Parameter(description = "Model slug; unknown → 404", example = "qwen3.5-397b-a17b")
        String model,
    @RestQuery EvidenceStatus status) {}
