package io.canrun.policy.rest;

import io.canrun.policy.service.EvaluationService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/classifications")
@Tag(name = "Classification", description = "ECCN-style class of an item from its specs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassificationResource {

  private final EvaluationService evaluations;

  public ClassificationResource(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @POST
  @Operation(
      summary = "Classify an item",
      description =
          "TPP = max over precisions of dense TOPS × bit length; performance density = TPP / die"
              + " area; the criteria in force on asOf decide the class (3A090, 3A090.a, 3A090.b,"
              + " not-controlled or unknown). The trace lists every test with its numbers.")
  @APIResponse(responseCode = "200", description = "The class and the arithmetic")
  @APIResponse(
      responseCode = "400",
      description = "Invalid item (problem+json naming the field)",
      content =
          @org.eclipse.microprofile.openapi.annotations.media.Content(
              mediaType = "application/problem+json"))
  public ClassificationResponse classify(@NotNull @Valid ClassificationRequest request) {
    LocalDate asOf = request.asOf() == null ? LocalDate.now(ZoneOffset.UTC) : request.asOf();
    return ClassificationResponse.of(
        evaluations.classify(request.item().toSpec("item"), asOf), asOf);
  }
}
