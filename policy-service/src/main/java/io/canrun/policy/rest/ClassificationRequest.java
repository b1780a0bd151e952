package io.canrun.policy.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item and the law date to classify it on. */
public record ClassificationRequest(
    @NotNull @Valid ItemRequest item,
    @Schema(example = "2026-11-22", description = "Law date; default today (UTC)")
        LocalDate asOf) {}
