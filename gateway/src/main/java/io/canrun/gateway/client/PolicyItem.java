package io.canrun.gateway.client;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/**
 * The technical parameters and identity of an item, all the policy service needs to classify it and
 * evaluate product-specific rules. {@code tops} holds dense peaks per precision.
 */
@RegisterForReflection
public record PolicyItem(
    String id,
    String name,
    String vendor,
    String designerCountry,
    String foundry,
    String marketSegment,
    Double dieAreaMm2,
    Double memoryBandwidthGBps,
    Double interconnectGBps,
    Map<String, Double> tops) {}
