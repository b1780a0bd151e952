package io.canrun.policy.rest;

import io.canrun.policy.service.EvaluationService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The thresholds the classifier applies on a date, so that a client can draw them (the gateway's
 * thresholds chart) from the same rows that decide classes instead of a second copy.
 */
@Path("/api/v1/classifications/criteria")
@Tag(name = "Classification")
@Produces(MediaType.APPLICATION_JSON)
public class ClassificationCriteriaResource {

  private final EvaluationService evaluations;

  public ClassificationCriteriaResource(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @GET
  @Operation(
      summary = "The classification criteria in force on a date",
      description =
          "Every clause of the vintage in force (prongs, exemptions, scope notes) with its tests"
              + " and citation. Before 2022-10-07 the list is empty and the vintage is NONE.")
  @APIResponse(responseCode = "200", description = "The criteria")
  @APIResponse(
      responseCode = "400",
      description = "asOf is not a date",
      content = @Content(mediaType = "application/problem+json"))
  public ClassificationCriteriaResponse criteria(@BeanParam AsOf asOf) {
    LocalDate lawDate = asOf.orToday();
    return ClassificationCriteriaResponse.of(lawDate, evaluations.criteria(lawDate));
  }
}
