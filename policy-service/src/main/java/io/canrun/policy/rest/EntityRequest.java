package io.canrun.policy.rest;

import io.canrun.policy.engine.Confidence;
import io.canrun.policy.engine.ReviewPolicy;
import io.canrun.policy.model.EntityRevision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An Entity List entry to create or replace. On PUT the id comes from the path. */
public record EntityRequest(
    @Schema(example = "moore-threads")
        @Pattern(
            regexp = RuleRequest.ID_PATTERN,
            message = "must be 2-80 lowercase letters, digits, '.' or '-'")
        String id,
    @Schema(example = "Moore Threads Intelligent Technology") @NotBlank @Size(max = 300)
        String name,
    @Schema(example = "[\"Moore Threads\"]") @Size(max = 50)
        List<@NotBlank @Size(max = 300) String> aliases,
    @Schema(example = "CN")
        @NotBlank
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        String country,
    @Schema(example = "2023-10-17") LocalDate effectiveFrom,
    LocalDate effectiveTo,
    @Schema(example = "88 FR 71991") @NotBlank @Size(max = 500) String citation,
    @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String sourceUrl,
    @Schema(example = "[\"FN4\"]") @Size(max = 10) List<@NotBlank @Size(max = 20) String> footnotes,
    @Schema(example = "PRESUMPTION_OF_DENIAL") ReviewPolicy reviewPolicy,
    @Schema(example = "H") @NotNull Confidence confidence,
    @Size(max = 4000) String notes) {

  EntityRevision toRevision(String entityId) {
    EntityRevision e = new EntityRevision();
    e.entityId = entityId;
    e.name = name;
    e.aliases = aliases == null ? List.of() : aliases;
    e.country = country.toUpperCase(Locale.ROOT);
    e.effectiveFrom = effectiveFrom;
    e.effectiveTo = effectiveTo;
    e.citation = citation;
    e.sourceUrl = sourceUrl;
    e.footnotes = footnotes == null ? List.of() : footnotes;
    e.reviewPolicy = reviewPolicy;
    e.confidence = confidence;
    e.notes = notes;
    return e;
  }
}
