package io.canrun.policy.rest;

import io.canrun.policy.engine.EvaluationQuery;
import io.canrun.policy.service.EvaluationService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evaluations")
@Tag(name = "Evaluation", description = "Verdicts per regime for items × destinations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

  private final EvaluationService evaluations;

  public EvaluationResource(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @POST
  @Operation(
      summary = "Evaluate items × destinations",
      description =
          "Each pair gets a verdict per regime (US-EAR, CN) with every matching rule, its"
              + " citation and the reason it decided or not, the licence conditions and the"
              + " assumptions. The answer names the policy version it used. At most 10,000 items,"
              + " 300 destinations and 50,000 pairs per call.")
  @APIResponse(responseCode = "200", description = "Verdicts, in items × destinations order")
  @APIResponse(
      responseCode = "400",
      description = "Invalid input, unknown country, too many pairs, unknown policy version",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "413",
      description = "Body too large",
      content = @Content(mediaType = "application/problem+json"))
  public EvaluationResponse evaluate(@NotNull @Valid EvaluationRequest request) {
    EvaluationQuery query = request.toQuery();
    EvaluationService.Outcome outcome = evaluations.evaluate(query, request.policyVersion());
    return EvaluationResponse.of(
        outcome.snapshot(), query.asOf(), outcome.results(), request.detail());
  }
}
