package io.canrun.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** A published claim that a chip (or system) runs a model. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogEvidence(
    Long id,
    String hardware,
    String chip,
    String system,
    String model,
    String modelName,
    String status,
    List<String> workloads,
    String softwareStack,
    String claim,
    String announcedBy,
    String date,
    List<CatalogSource> sources) {}
