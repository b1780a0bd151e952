package io.canrun.policy.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Which rule set a read looks at: one stored policy version, or the current one. */
@RegisterForReflection
public record AtVersion(
    @RestQuery @Positive @Parameter(description = "Policy version (default current)", example = "1")
        Long version) {}
