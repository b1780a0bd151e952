package io.canrun.policy.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Which rules a listing shows. */
@RegisterForReflection
public record RuleFilter(
    @RestQuery @Parameter(description = "Regime code", example = "US-EAR") String regime) {}
