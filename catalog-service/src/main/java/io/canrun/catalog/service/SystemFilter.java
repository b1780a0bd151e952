package io.canrun.catalog.service;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Which systems a listing shows; every filter is optional and they combine. */
@RegisterForReflection
public record SystemFilter(
    @RestQuery @Parameter(description = "Vendor, in any case", example = "NVIDIA") String vendor,
    @RestQuery @Parameter(description = "Slug of the chip it is built from", example = "h100-sxm")
        String chip,
    @RestQuery @Parameter(description = "Text in slug, name or vendor", example = "dgx")
        String q) {}
