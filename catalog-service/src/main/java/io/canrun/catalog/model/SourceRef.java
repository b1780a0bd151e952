package io.canrun.catalog.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where a group of figures comes from: {@code figures} names the group (identity, memory, compute,
 * physical, interconnect, architecture…), {@code key} the research note's source key.
 */
@RegisterForReflection
public record SourceRef(
    @Size(max = 50) String figures,
    @Size(max = 20) String key,
    @NotBlank @Size(max = 2000) String citation,
    @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
        String url,
    @Pattern(regexp = PartialDate.PATTERN, message = PartialDate.MESSAGE) String date) {}
