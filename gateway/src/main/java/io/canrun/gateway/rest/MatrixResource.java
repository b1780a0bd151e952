package io.canrun.gateway.rest;

import io.canrun.gateway.api.Matrix;
import io.canrun.gateway.api.MatrixRequest;
import io.canrun.gateway.feasibility.EngineConstants;
import io.canrun.gateway.question.Questions;
import io.canrun.gateway.usecase.MatrixUseCase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Many answers at once, for dashboards and batch jobs. */
@Path("/api/v1/matrix")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "answers")
public class MatrixResource {

  private final Questions questions;
  private final MatrixUseCase matrix;

  public MatrixResource(Questions questions, MatrixUseCase matrix) {
    this.questions = questions;
    this.matrix = matrix;
  }

  @POST
  @Operation(
      summary = "Answers for every model × chip × destination",
      description =
          "At most 1,000,000 cells. A read despite being a POST (the lists do not fit a URL): it"
              + " needs no token and changes nothing.")
  public Matrix matrix(@Valid @NotNull MatrixRequest request) {
    return matrix.matrix(
        questions.resolve(request.subject(), request.terms(), EngineConstants.DEFAULTS));
  }
}
