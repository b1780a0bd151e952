package io.canrun.catalog.service;

import io.canrun.catalog.model.Architecture;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Which models a listing shows; every filter is optional and they combine. */
@RegisterForReflection
public record ModelFilter(
    @RestQuery @Parameter(description = "Organisation, in any case", example = "Alibaba")
        String organisation,
    @RestQuery Architecture architecture,
    @RestQuery @Parameter(description = "Text in slug, name or organisation", example = "qwen")
        String q,
    @RestQuery @DecimalMin("0") @DecimalMax("1e6") Double minTotalParamsB,
    @RestQuery @DecimalMin("0") @DecimalMax("1e6") Double maxTotalParamsB,
    @RestQuery Boolean openWeights) {}
