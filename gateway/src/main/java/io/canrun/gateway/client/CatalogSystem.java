package io.canrun.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** N chips of one kind plus their scale-up interconnect, as catalog-service describes it. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogSystem(
    String slug,
    String name,
    String vendor,
    String chip,
    Integer chipCount,
    Integer scaleUpDomainChips,
    String interconnect,
    Double scaleUpGBpsPerChip,
    Double memoryTotalGB,
    String released,
    String notes,
    List<CatalogSource> sources,
    long version) {}
