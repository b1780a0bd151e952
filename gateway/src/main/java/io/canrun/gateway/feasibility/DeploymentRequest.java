package io.canrun.gateway.feasibility;

/**
 * How the model is to be served.
 *
 * @param chipCount exactly this many chips, or null to find the minimum
 * @param maxChips the most chips available (a system's size), or null for no limit
 * @param scaleUpDomain chips that can share tensor parallelism (a system's NVLink / UB domain), or
 *     null for {@link EngineConstants#defaultScaleUpDomain()}
 * @param weightFormat null to use the model's native format, or the nearest the chip supports
 * @param kvFormat null for BF16 (FP16 where the chip lacks BF16)
 * @param contextTokens tokens per sequence (prompt plus output) the deployment must hold
 * @param concurrency sequences served at once
 */
public record DeploymentRequest(
    Integer chipCount,
    Integer maxChips,
    Integer scaleUpDomain,
    WeightFormat weightFormat,
    WeightFormat kvFormat,
    int contextTokens,
    int concurrency,
    EngineConstants constants) {}
