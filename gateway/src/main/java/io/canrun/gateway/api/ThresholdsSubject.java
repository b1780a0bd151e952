package io.canrun.gateway.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Which law the thresholds chart shows: the rules in force on one date. */
@RegisterForReflection
public record ThresholdsSubject(
    @RestQuery @Parameter(description = "Law date; default today (UTC)", example = "2026-11-22")
        LocalDate asOf) {}
