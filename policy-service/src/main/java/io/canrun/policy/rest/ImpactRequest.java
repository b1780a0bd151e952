package io.canrun.policy.rest;

import io.canrun.policy.service.ImpactService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proposed rule change and the pairs to test it on. Nothing is written. */
public record ImpactRequest(
    @NotNull @Valid Change change,
    @NotNull @Size(min = 1, max = EvaluationRequest.MAX_ITEMS)
        List<@NotNull @Valid ItemRequest> items,
    @NotNull @Size(min = 1, max = EvaluationRequest.MAX_DESTINATIONS)
        List<@NotBlank String> destinations,
    @Schema(example = "2026-11-22") LocalDate asOf,
    @Valid EndUserRequest endUser,
    @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        String exportFrom) {

  /**
   * ADD needs {@code rule} (with its id); EDIT needs {@code ruleId} and the full new {@code rule};
   * REMOVE needs {@code ruleId}.
   */
  public record Change(
      @Schema(example = "ADD") @NotNull ImpactService.Operation op,
      @Valid RuleRequest rule,
      @Schema(example = "ear-3a090-2023-d1-d4") String ruleId) {}
}
