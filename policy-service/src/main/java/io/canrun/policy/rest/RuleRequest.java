package io.canrun.policy.rest;

import io.canrun.policy.engine.Confidence;
import io.canrun.policy.engine.ReviewPolicy;
import io.canrun.policy.engine.RuleDefinition;
import io.canrun.policy.engine.RuleStatus;
import io.canrun.policy.engine.Verdict;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rule to create, replace or propose. On PUT the id comes from the path. */
public record RuleRequest(
    @Schema(example = "ear-3a090-2023-china-d5")
        @Pattern(
            regexp = RuleRequest.ID_PATTERN,
            message = "must be 2-80 lowercase letters, digits, '.' or '-'")
        String id,
    @Schema(example = "US-EAR") @NotBlank String regime,
    @Schema(example = "3A090.a datacenter items to Macau or D:5") @NotBlank @Size(max = 300)
        String title,
    @Schema(example = "15 CFR 742.6(a)(6)(iii); 88 FR 73458") @NotBlank @Size(max = 500)
        String citation,
    @Schema(example = "https://www.federalregister.gov/d/2023-23055")
        @Size(max = 500)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String sourceUrl,
    @Schema(example = "2023-11-17") LocalDate effectiveFrom,
    @Schema(example = "2026-01-15") LocalDate effectiveTo,
    @Schema(description = "Default ENFORCED") RuleStatus status,
    @Schema(
            example =
                "item.class == '3A090.a' && ('D:5' in destination.groups ||"
                    + " destination.treatedAs == 'MO')",
            description = "CEL over the variables listed at GET /api/v1/rules/variables")
        @NotBlank
        @Size(max = 4000)
        String condition,
    @Schema(example = "LICENSE_REQUIRED") @NotNull Verdict effect,
    @Schema(example = "PRESUMPTION_OF_DENIAL") ReviewPolicy reviewPolicy,
    @Schema(
            example = "100",
            description =
                "300 entity list, 200 product-specific, 100 general class/destination, 0 baseline")
        @NotNull
        @Min(0)
        @Max(1000)
        Integer precedence,
    @Size(max = 20) List<@NotBlank String> supersedes,
    @Size(max = 30) List<@NotBlank @Size(max = 1000) String> conditions,
    @Size(max = 30) List<@NotBlank @Size(max = 1000) String> assumptions,
    @Schema(example = "H") @NotNull Confidence confidence,
    @Size(max = 4000) String notes) {

  static final String ID_PATTERN = "^[a-z0-9][a-z0-9.-]{1,79}$";

  RuleDefinition toDefinition(String ruleId) {
    return new RuleDefinition(
        ruleId,
        regime,
        title,
        citation,
        sourceUrl,
        effectiveFrom,
        effectiveTo,
        status == null ? RuleStatus.ENFORCED : status,
        condition,
        effect,
        reviewPolicy,
        precedence,
        supersedes,
        conditions,
        assumptions,
        confidence,
        notes,
        0);
  }
}
