package io.canrun.gateway.service;

import io.canrun.gateway.feasibility.EngineConstants;
import io.canrun.gateway.feasibility.WeightFormat;
import java.time.LocalDate;

/**
 * A validated question. Nullable fields take defaults: count (the minimum legal), precision (the
 * model's native or the nearest the chip supports), context (32k, or the model's maximum if
 * smaller), concurrency 1, asOf today (UTC), exportFrom US, policyVersion current.
 */
public record AnswerQuery(
    String model,
    String chip,
    String destination,
    Integer count,
    WeightFormat precision,
    WeightFormat kvPrecision,
    Integer context,
    Integer concurrency,
    LocalDate asOf,
    String endUser,
    String endUserHq,
    String exportFrom,
    Long policyVersion,
    EngineConstants constants) {}
