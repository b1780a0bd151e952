package io.canrun.gateway.rest;

import io.canrun.gateway.model.Thresholds;
import io.canrun.gateway.service.ThresholdsService;
import io.canrun.web.http.QueryParameters;
import io.canrun.web.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every chip against the export-control thresholds of a date, for the thresholds chart. */
@Path("/api/v1/thresholds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "thresholds")
public class ThresholdsResource {

  private static final Set<String> PARAMETERS = Set.of("asOf");

  private final ThresholdsService thresholds;

  public ThresholdsResource(ThresholdsService thresholds) {
    this.thresholds = thresholds;
  }

  @GET
  @Operation(
      summary = "Every catalog chip's TPP, performance density and class on a date",
      description =
          "With the 3A090 prongs of the vintage in force as regions on those two axes, the"
              + " clauses that qualify them, and the China/Macau review band. Chips whose TPP or"
              + " performance density is unknown say which in 'unknown'.")
  @Parameter(name = "asOf", in = ParameterIn.QUERY, example = "2026-11-22")
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
  public Thresholds thresholds(@Context UriInfo uri) {
    QueryParameters p = new QueryParameters(uri.getQueryParameters(), PARAMETERS, null);
    return thresholds.thresholds(p.date("asOf"));
  }
}
