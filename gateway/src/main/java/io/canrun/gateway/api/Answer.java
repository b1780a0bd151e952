package io.canrun.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * "Can model X run on accelerator Y in country Z as of D?" — the one-word answer, a sentence a
 * person can act on, and every reason and source behind it. {@code stale} is true when the catalog
 * copy could not be confirmed with catalog-service.
 */
@RegisterForReflection
public record Answer(
    AnswerKind answer,
    String summary,
    boolean stale,
    Query query,
    TechnicalView technical,
    CompatibilityView compatibility,
    PolicyView policy,
    List<Source> sources) {

  /**
   * The question as understood, with defaults filled in.
   *
   * @param concurrency as asked: a number, or "max" for the most that fit
   */
  @RegisterForReflection
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Query(
      String model,
      String chip,
      String system,
      String destination,
      LocalDate asOf,
      String endUser,
      String endUserHq,
      String exportFrom,
      Integer count,
      String engine,
      String precision,
      int context,
      int inputTokens,
      int outputTokens,
      @Schema(
              oneOf = {Integer.class, String.class},
              example = "max")
          Object concurrency,
      Long policyVersion) {}
}
