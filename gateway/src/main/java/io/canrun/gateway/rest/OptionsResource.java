package io.canrun.gateway.rest;

import io.canrun.gateway.model.Options;
import io.canrun.gateway.service.OptionsService;
import io.canrun.web.http.QueryParameters;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which chips can run a model in a country, best first. */
@Path("/api/v1/options")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "answers")
public class OptionsResource {

  private static final Set<String> PARAMETERS =
      Set.of(
          "model",
          "destination",
          "precision",
          "kvPrecision",
          "context",
          "concurrency",
          "asOf",
          "endUser",
          "endUserHq",
          "exportFrom",
          "policyVersion");

  private final OptionsService options;

  public OptionsResource(OptionsService options) {
    this.options = options;
  }

  @GET
  @Operation(
      summary = "Every catalog chip for a model and destination, ranked",
      description =
          "YES first, then CONDITIONAL, UNKNOWN and NO; within each by estimated decode"
              + " throughput per chip. Parameters as for /answer, without chip and count.")
  @Parameter(name = "model", in = ParameterIn.QUERY, required = true, example = "llama-3.1-70b")
  @Parameter(name = "destination", in = ParameterIn.QUERY, required = true, example = "CN")
  @Parameter(name = "precision", in = ParameterIn.QUERY, example = "FP8")
  @Parameter(name = "context", in = ParameterIn.QUERY, example = "32768")
  @Parameter(name = "concurrency", in = ParameterIn.QUERY, example = "1")
  @Parameter(name = "asOf", in = ParameterIn.QUERY, example = "2026-11-22")
  public Options options(@Context UriInfo uri) {
    QueryParameters p = QuestionParameters.read(uri, PARAMETERS);
    return options.options(QuestionParameters.query(p, null, null));
  }
}
