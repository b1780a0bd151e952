package io.canrun.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** A chip as catalog-service describes it; fields the gateway does not use are ignored. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogChip(
    String slug,
    String name,
    String vendor,
    String designerCountry,
    String released,
    String marketSegment,
    Boolean soldInUs,
    Double memoryGB,
    Double memoryUsableGiB,
    String memoryType,
    Double memoryBandwidthGBps,
    List<Compute> compute,
    Double dieAreaMm2,
    Double tdpWatts,
    Double scaleUpGBps,
    String interconnect,
    String scaleUpInterconnect,
    String processNode,
    String foundry,
    List<String> softwareStack,
    String notes,
    List<CatalogSource> sources,
    long version) {

  /** Dense peak for one precision; {@code supported} false means the chip lacks it. */
  @RegisterForReflection
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Compute(String precision, Double denseTflops, Boolean supported, String note) {}
}
