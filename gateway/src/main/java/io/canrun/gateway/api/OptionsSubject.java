package io.canrun.gateway.api;

import io.canrun.web.query.QueryValues;
import io.canrun.web.validation.CountryCode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** What /options is asked about: one model in one country, on every chip of the catalog. */
@RegisterForReflection
public record OptionsSubject(
    @RestQuery
        @NotNull(message = AnswerSubject.REQUIRED)
        @Pattern(regexp = AnswerSubject.SLUG, message = AnswerSubject.NOT_A_SLUG)
        @Parameter(example = "llama-3.1-70b")
        String model,
    @RestQuery
        @NotNull(message = AnswerSubject.REQUIRED)
        @CountryCode
        @Parameter(description = "ISO 3166-1 alpha-2 country the chips go to", example = "CN")
        String destination) {

  public OptionsSubject {
    model = QueryValues.lowerCase(model);
    destination = QueryValues.upperCase(destination);
  }
}
