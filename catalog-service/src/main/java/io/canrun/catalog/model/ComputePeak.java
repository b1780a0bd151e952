package io.canrun.catalog.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A chip's dense peak in one precision. {@code supported} false: the chip lacks the format; true
 * with a null peak: supported, figure unpublished. A precision with no entry: support unknown.
 */
@RegisterForReflection
public record ComputePeak(
    @NotNull Precision precision,
    @PositiveOrZero @DecimalMax("1000000") Double denseTflops,
    @NotNull Boolean supported,
    @Size(max = 1000) String note) {}
