package io.canrun.gateway.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/**
 * The technical parameters and identity of an item, all the policy service needs to classify it and
 * evaluate product-specific rules. {@code tops} holds dense peaks per precision; {@code itemType}
 * is IC for a chip and SYSTEM for a server built around it (4A090, licensed as the chip); {@code
 * soldInUs} and {@code scaleUpInterconnect} are absent when the catalog does not know them.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyItem(
    String id,
    String name,
    String vendor,
    String designerCountry,
    String itemType,
    String foundry,
    String marketSegment,
    Boolean soldInUs,
    Double dieAreaMm2,
    Double memoryBandwidthGBps,
    Double interconnectGBps,
    String scaleUpInterconnect,
    Map<String, Double> tops) {

  public static final String CHIP = "IC";
  public static final String SYSTEM = "SYSTEM";
}
