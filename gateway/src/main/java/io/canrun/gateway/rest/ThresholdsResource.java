package io.canrun.gateway.rest;

import io.canrun.gateway.api.Thresholds;
import io.canrun.gateway.api.ThresholdsSubject;
import io.canrun.gateway.usecase.ThresholdsUseCase;
import io.canrun.web.problem.Problem;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every chip against the export-control thresholds of a date, for the thresholds chart. */
@Path("/api/v1/thresholds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "thresholds")
public class ThresholdsResource {

  private final ThresholdsUseCase thresholds;

  public ThresholdsResource(ThresholdsUseCase thresholds) {
    this.thresholds = thresholds;
  }

  @GET
  @Operation(
      summary = "Every catalog chip's TPP, performance density and class on a date",
      description =
          "With the 3A090 prongs of the vintage in force as regions on those two axes, the"
              + " clauses that qualify them, and the China/Macau review band. Chips whose TPP or"
              + " performance density is unknown say which in 'unknown'.")
  @APIResponse(responseCode = "200", description = "The chips and thresholds")
  @APIResponse(
      responseCode = "400",
      description = "asOf is not a date, or an unknown parameter",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "503",
      description = "policy-service cannot classify (nothing is guessed)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Thresholds thresholds(@Valid @BeanParam ThresholdsSubject subject) {
    return thresholds.thresholds(subject.asOf());
  }
}
