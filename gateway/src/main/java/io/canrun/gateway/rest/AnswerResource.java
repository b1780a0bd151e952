package io.canrun.gateway.rest;

import io.canrun.gateway.model.Answer;
import io.canrun.web.http.QueryParameters;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The question canrun exists to answer. */
@Path("/api/v1/answer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "answers", description = "Can model X run on accelerator Y in country Z as of date D?")
public class AnswerResource {

  private static final Set<String> PARAMETERS =
      Set.of(
          "model",
          "chip",
          "destination",
          "count",
          "precision",
          "kvPrecision",
          "context",
          "concurrency",
          "asOf",
          "endUser",
          "endUserHq",
          "exportFrom",
          "policyVersion");

  private final RenderedAnswers answers;

  AnswerResource(RenderedAnswers answers) {
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
  @Parameter(name = "model", in = ParameterIn.QUERY, required = true, example = "qwen3.5-397b-a17b")
  @Parameter(
      name = "chip",
      in = ParameterIn.QUERY,
      required = true,
      description = "A chip slug, or a system slug standing for its chip",
      example = "mtt-s5000")
  @Parameter(
      name = "destination",
      in = ParameterIn.QUERY,
      required = true,
      description = "ISO 3166-1 alpha-2 country the item goes to",
      example = "CN")
  @Parameter(
      name = "count",
      in = ParameterIn.QUERY,
      description = "Chips to use; default the minimum legal layout",
      example = "8")
  @Parameter(
      name = "precision",
      in = ParameterIn.QUERY,
      description = "Weight format FP32|BF16|FP16|FP8|INT8|FP4|MXFP4; default native or nearest",
      example = "FP8")
  @Parameter(
      name = "kvPrecision",
      in = ParameterIn.QUERY,
      description = "KV-cache format; default BF16")
  @Parameter(
      name = "context",
      in = ParameterIn.QUERY,
      description = "Tokens per sequence; default 32768 (or the model's maximum if smaller)",
      example = "32768")
  @Parameter(
      name = "concurrency",
      in = ParameterIn.QUERY,
      description = "Sequences at once; default 1")
  @Parameter(
      name = "asOf",
      in = ParameterIn.QUERY,
      description = "Law date YYYY-MM-DD; default today",
      example = "2023-01-15")
  @Parameter(
      name = "endUser",
      in = ParameterIn.QUERY,
      description = "End user's name, screened against the Entity List",
      example = "Example Cloud Ltd")
  @Parameter(
      name = "endUserHq",
      in = ParameterIn.QUERY,
      description = "ISO country of the end user's ultimate parent (the EAR headquarters rule)",
      example = "CN")
  @Parameter(
      name = "exportFrom",
      in = ParameterIn.QUERY,
      description = "ISO country the item ships from; default US",
      example = "US")
  @Parameter(
      name = "policyVersion",
      in = ParameterIn.QUERY,
      description = "Rule set as stored at this version; default current",
      example = "1")
  @APIResponse(
      responseCode = "200",
      description = "The answer",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Answer.class)))
  public Response answer(@Context UriInfo uri) {
    QueryParameters p = QuestionParameters.read(uri, PARAMETERS);
    byte[] body =
        answers.render(
            QuestionParameters.query(
                p, p.requiredSlug("chip"), p.integer("count", 1, QuestionParameters.MAX_CHIPS)));
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
