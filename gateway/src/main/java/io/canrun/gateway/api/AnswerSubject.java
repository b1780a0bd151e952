package io.canrun.gateway.api;

import io.canrun.web.query.QueryValues;
import io.canrun.web.validation.CountryCode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** What /answer is asked about: one model on one chip (or system) in one country. */
@RegisterForReflection
public record AnswerSubject(
    @RestQuery
        @NotNull(message = REQUIRED)
        @Pattern(regexp = SLUG, message = NOT_A_SLUG)
        @Parameter(example = "qwen3.5-397b-a17b")
        String model,
    @RestQuery
        @NotNull(message = REQUIRED)
        @Pattern(regexp = SLUG, message = NOT_A_SLUG)
        @Parameter(
            description = "A chip slug, or a system slug standing for its chip",
            example = "mtt-s5000")
        String chip,
    @RestQuery
        @NotNull(message = REQUIRED)
        @CountryCode
        @Parameter(description = "ISO 3166-1 alpha-2 country the item goes to", example = "CN")
        String destination,
    @RestQuery
        @Min(1)
        @Max(MAX_CHIPS)
        @Parameter(description = "Chips to use; default the minimum legal layout", example = "8")
        Integer count) {

  /** How the catalog spells a slug; anything else cannot name a catalog entry. */
  public static final String SLUG = "^[a-z0-9][a-z0-9.-]{0,62}$";

  static final String REQUIRED = "is required";
  static final String NOT_A_SLUG =
      "must be a catalog slug (lower-case letters, digits, '.' and '-')";
  public static final int MAX_CHIPS = 100_000;

  public AnswerSubject {
    model = QueryValues.lowerCase(model);
    chip = QueryValues.lowerCase(chip);
    destination = QueryValues.upperCase(destination);
  }
}
