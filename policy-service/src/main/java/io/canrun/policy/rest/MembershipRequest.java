package io.canrun.policy.rest;

import io.canrun.policy.engine.Confidence;
import io.canrun.policy.model.GroupMembershipRevision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A country's membership of a group over a law-time interval. */
public record MembershipRequest(
    @Schema(example = "KH")
        @NotBlank
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        String country,
    @Schema(example = "2026-02-03") LocalDate effectiveFrom,
    LocalDate effectiveTo,
    @Schema(example = "15 CFR 740 Supp. No. 1") @Size(max = 500) String citation,
    @Schema(example = "H", description = "Default H") Confidence confidence,
    @Size(max = 4000) String notes) {

  GroupMembershipRevision toRevision() {
    GroupMembershipRevision m = new GroupMembershipRevision();
    m.countryCode = country.toUpperCase(Locale.ROOT);
    m.effectiveFrom = effectiveFrom;
    m.effectiveTo = effectiveTo;
    m.citation = citation;
    m.confidence = confidence;
    m.notes = notes;
    return m;
  }
}
