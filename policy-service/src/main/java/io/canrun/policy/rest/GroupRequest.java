package io.canrun.policy.rest;

import io.canrun.policy.engine.Confidence;
import io.canrun.policy.model.CountryGroup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new country group; members are added under /country-groups/{group}/members. */
public record GroupRequest(
    @Schema(example = "D:6")
        @NotBlank
        @Pattern(regexp = "[A-Z0-9][A-Z0-9:-]{0,19}", message = "must be like D:5 or AI-TIER1")
        String code,
    @Schema(example = "Country Group D:6") @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 1000) String description,
    @Size(max = 500) String citation,
    @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String sourceUrl,
    @NotNull Confidence confidence,
    @Size(max = 4000) String notes) {

  CountryGroup toGroup() {
    CountryGroup g = new CountryGroup();
    g.code = code;
    g.name = name;
    g.description = description;
    g.citation = citation;
    g.sourceUrl = sourceUrl;
    g.confidence = confidence;
    g.notes = notes;
    return g;
  }
}
