package io.canrun.policy.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a caller tells the policy service about an item: its identity (for product-specific rules)
 * and the parameters the controls test. {@code null} means unknown, never zero or false; {@code
 * tops} holds dense throughput per precision, a missing precision being unsupported or unknown.
 * {@code soldInUs} says whether the item is commercially available in the US market (the January
 * 2026 review band requires it); {@code packageAreaMm2} is the footprint of an HBM stack or package
 * (3A090.c divides bandwidth by it).
 */
public record ItemSpec(
    String id,
    String name,
    String vendor,
    String designerCountry,
    String foundry,
    MarketSegment marketSegment,
    Double dieAreaMm2,
    Double memoryBandwidthGBps,
    Double interconnectGBps,
    Map<Precision, Double> tops,
    ItemType type,
    Boolean soldInUs,
    ScaleUpInterconnect scaleUpInterconnect,
    Double packageAreaMm2) {

  public ItemSpec {
    // Precision order makes ties deterministic (FP8 before INT8 at the same TPP).
    Map<Precision, Double> ordered = new EnumMap<>(Precision.class);
    if (tops != null) {
      ordered.putAll(tops);
    }
    tops = Collections.unmodifiableMap(ordered);
    type = type == null ? ItemType.IC : type;
  }

  /** The same item with every throughput figure multiplied by {@code factor}. */
  public ItemSpec withTopsScaled(double factor) {
    Map<Precision, Double> scaled = new EnumMap<>(Precision.class);
    tops.forEach((precision, value) -> scaled.put(precision, value * factor));
    return new ItemSpec(
        id,
        name,
        vendor,
        designerCountry,
        foundry,
        marketSegment,
        dieAreaMm2,
        memoryBandwidthGBps,
        interconnectGBps,
        scaled,
        type,
        soldInUs,
        scaleUpInterconnect,
        packageAreaMm2);
  }
}
