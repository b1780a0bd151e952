package io.canrun.policy.rest;

import io.canrun.policy.engine.EndUser;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The party that will use the items. */
public record EndUserRequest(
    @Schema(example = "Example Cloud Ltd", description = "Screened against the Entity List")
        @Size(max = 300)
        String name,
    @Schema(example = "CN", description = "ISO country of the ultimate parent's headquarters")
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        String headquarters,
    @Schema(
            example = "false",
            description = "State-funded project (China's 2025-11-05 rule); absent = not stated")
        Boolean stateFunded) {

  EndUser toEndUser() {
    return new EndUser(
        name, headquarters == null ? null : headquarters.toUpperCase(Locale.ROOT), stateFunded);
  }
}
