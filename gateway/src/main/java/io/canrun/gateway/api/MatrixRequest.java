package io.canrun.gateway.api;

import io.canrun.gateway.feasibility.WeightFormat;
import io.canrun.web.validation.CountryCode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which combinations to answer, and the shared parameters of every cell. */
@RegisterForReflection
@Schema(name = "MatrixRequest")
public record MatrixRequest(
    @NotNull
        @Size(min = 1, max = 1000)
        @Schema(example = "[\"llama-3.1-70b\", \"qwen3.5-397b-a17b\"]")
        List<@NotNull @Pattern(regexp = SLUG) String> models,
    @NotNull @Size(min = 1, max = 1000) @Schema(example = "[\"h100-sxm\", \"mtt-s5000\"]")
        List<@NotNull @Pattern(regexp = SLUG) String> chips,
    @NotNull @Size(min = 1, max = 250) @Schema(example = "[\"CN\", \"DE\"]")
        List<@NotNull @CountryCode String> destinations,
    @Schema(example = "2026-11-22") LocalDate asOf,
    WeightFormat precision,
    WeightFormat kvPrecision,
    @Schema(
            enumeration = {"vllm", "sglang", "trtllm", "llamacpp"},
            description = "Serving engine; default vllm",
            example = "sglang")
        @Size(max = 20)
        String engine,
    @Min(1) @Max(Terms.MAX_CONTEXT) Integer context,
    @Min(1) @Max(Terms.MAX_CONTEXT) Integer inputTokens,
    @Min(1) @Max(Terms.MAX_CONTEXT) Integer outputTokens,
    @Schema(
            description =
                "Requests served at once: \"max\" for the most that fit, or a whole number (a JSON"
                    + " number is read as well)",
            example = "max")
        @Size(max = 20)
        String concurrency,
    @Size(max = 200) String endUser,
    @CountryCode String endUserHq,
    @CountryCode String exportFrom,
    @Positive Long policyVersion) {

  static final String SLUG = AnswerSubject.SLUG;

  /** The combinations asked for, each once. */
  public MatrixSubject subject() {
    return MatrixSubject.of(models, chips, destinations);
  }

  /** The parameters every cell shares. */
  public Terms terms() {
    return new Terms(
        precision,
        kvPrecision,
        engine,
        context,
        inputTokens,
        outputTokens,
        concurrency,
        asOf,
        endUser,
        endUserHq,
        exportFrom,
        policyVersion);
  }
}
