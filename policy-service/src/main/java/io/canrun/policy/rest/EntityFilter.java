package io.canrun.policy.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Which Entity List entries a listing shows. */
@RegisterForReflection
public record EntityFilter(
    @RestQuery @Parameter(description = "Name contains (case-insensitive)", example = "biren")
        String q) {}
