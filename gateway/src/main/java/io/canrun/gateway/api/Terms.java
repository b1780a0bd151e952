package io.canrun.gateway.api;

import io.canrun.gateway.feasibility.WeightFormat;
import io.canrun.web.query.QueryPrefix;
import io.canrun.web.query.QueryValues;
import io.canrun.web.validation.CountryCode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * How, for whom and under which law a question is asked: the parameters /answer and /options share
 * (bound from the query) and /matrix takes in its body. As given, null where not given; the
 * defaults are {@code Question}'s. A new question parameter is one component here — its binding
 * annotation is what OpenAPI documents and what the undeclared-parameter check accepts — plus its
 * default in {@code Question}. Engine constants come as {@code assume.<name>=<value>}, read by
 * {@link EngineAssumptions}.
 */
@RegisterForReflection
@QueryPrefix(EngineAssumptions.PREFIX)
public record Terms(
    @RestQuery
        @Parameter(
            description = "Weight format; default the model's native or the nearest the chip runs",
            example = "FP8")
        WeightFormat precision,
    @RestQuery @Parameter(description = "KV-cache format; default the engine's (BF16 for most)")
        WeightFormat kvPrecision,
    @RestQuery
        @Parameter(
            description = "Serving engine whose memory rules and calibration apply; default vllm",
            example = "sglang",
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    enumeration = {"vllm", "sglang", "trtllm", "llamacpp"}))
        String engine,
    @RestQuery
        @Min(1)
        @Max(MAX_CONTEXT)
        @Parameter(
            description =
                "Tokens per sequence; default 32768 (or the model's maximum if smaller), and never"
                    + " less than inputTokens + outputTokens",
            example = "32768")
        Integer context,
    @RestQuery
        @Min(1)
        @Max(MAX_CONTEXT)
        @Parameter(
            description =
                "Prompt tokens per request; default the rest of the context after outputTokens",
            example = "2048")
        Integer inputTokens,
    @RestQuery
        @Min(1)
        @Max(MAX_CONTEXT)
        @Parameter(description = "Generated tokens per request; default 1", example = "256")
        Integer outputTokens,
    @RestQuery
        @Parameter(
            description =
                "Requests served at once: a whole number from 1 to "
                    + MAX_CONCURRENCY
                    + ", or max for the most that fit; default 1",
            example = "max")
        String concurrency,
    @RestQuery @Parameter(description = "Law date; default today (UTC)", example = "2023-01-15")
        LocalDate asOf,
    @RestQuery
        @Parameter(
            description = "End user's name, screened against the Entity List",
            example = "Example Cloud Ltd")
        String endUser,
    @RestQuery
        @CountryCode
        @Parameter(
            description =
                "ISO country of the end user's ultimate parent (the EAR headquarters rule)",
            example = "CN")
        String endUserHq,
    @RestQuery
        @CountryCode
        @Parameter(
            description =
                "ISO country the item ships from; default the chip designer's country (a sale"
                    + " inside that country is not an export)",
            example = "US")
        String exportFrom,
    @RestQuery
        @Positive
        @Parameter(
            description = "Rule set as stored at this version; default current",
            example = "1")
        Long policyVersion) {

  public static final int MAX_CONTEXT = 10_000_000;
  public static final int MAX_CONCURRENCY = 100_000;

  public Terms {
    // One spelling per value, so "MAX" and " max" share a cache key; Question parses both.
    engine = QueryValues.lowerCase(engine);
    concurrency = QueryValues.lowerCase(concurrency);
    endUserHq = QueryValues.upperCase(endUserHq);
    exportFrom = QueryValues.upperCase(exportFrom);
  }
}
