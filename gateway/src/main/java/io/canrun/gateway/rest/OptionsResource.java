package io.canrun.gateway.rest;

import io.canrun.gateway.api.EngineAssumptions;
import io.canrun.gateway.api.Options;
import io.canrun.gateway.api.OptionsSubject;
import io.canrun.gateway.api.Terms;
import io.canrun.gateway.question.Questions;
import io.canrun.gateway.usecase.OptionsUseCase;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which chips can run a model in a country, best first. */
@Path("/api/v1/options")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "answers")
public class OptionsResource {

  private final Questions questions;
  private final OptionsUseCase options;

  public OptionsResource(Questions questions, OptionsUseCase options) {
    this.questions = questions;
    this.options = options;
  }

  @GET
  @Operation(
      summary = "Every catalog chip for a model and destination, ranked",
      description =
          "YES first, then CONDITIONAL, UNKNOWN and NO; within each by estimated decode"
              + " throughput per chip. Parameters as for /answer, without chip and count.")
  public Options options(
      @Valid @BeanParam OptionsSubject subject,
      @Valid @BeanParam Terms terms,
      @Context UriInfo uri) {
    return options.options(
        questions.resolve(subject, terms, EngineAssumptions.read(uri.getQueryParameters())));
  }
}
