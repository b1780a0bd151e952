package io.canrun.gateway.rest;

import io.canrun.gateway.api.Answer;
import io.canrun.gateway.api.AnswerSubject;
import io.canrun.gateway.api.EngineAssumptions;
import io.canrun.gateway.api.Terms;
import io.canrun.gateway.question.Questions;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The question canrun exists to answer. */
@Path("/api/v1/answer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "answers", description = "Can model X run on accelerator Y in country Z as of date D?")
public class AnswerResource {

  private final Questions questions;
  private final RenderedAnswers answers;

  AnswerResource(Questions questions, RenderedAnswers answers) {
    this.questions = questions;
    this.answers = answers;
  }

  @GET
  @Operation(
      summary = "One answer with every reason and source",
      description =
          "answer is YES, NO, CONDITIONAL or UNKNOWN. NO: it does not fit, or a regime prohibits"
              + " it or requires a licence under a presumption or policy of denial. UNKNOWN: the"
              + " policy service gave no verdict or a regime is unknown — never YES. YES: it fits"
              + " and every regime says no licence is required or does not apply. CONDITIONAL:"
              + " anything else (a licence reviewed case by case, a notification, a government's"
              + " discouragement). Engine constants can be overridden with assume.<name>=<value>.")
  @APIResponse(
      responseCode = "200",
      description = "The answer",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Answer.class)))
  public Response answer(
      @Valid @BeanParam AnswerSubject subject,
      @Valid @BeanParam Terms terms,
      @Context UriInfo uri) {
    byte[] body =
        answers.render(
            questions.resolve(subject, terms, EngineAssumptions.read(uri.getQueryParameters())));
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
