package io.canrun.policy.rest;

import io.canrun.policy.engine.EvaluationQuery;
import io.canrun.policy.engine.RuleDefinition;
import io.canrun.policy.service.ImpactService;
import io.canrun.web.problem.ProblemException;
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

@Path("/api/v1/impact")
@Tag(name = "Impact", description = "What a proposed rule change would change")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImpactResource {

  private final ImpactService impacts;

  public ImpactResource(ImpactService impacts) {
    this.impacts = impacts;
  }

  @POST
  @Operation(
      summary = "Preview a rule change",
      description =
          "Evaluates the pairs under the current policy and under the policy with the change"
              + " (ADD, EDIT or REMOVE a rule) applied in memory, and lists the pairs whose verdict"
              + " or review policy would change. Nothing is written.")
  @APIResponse(responseCode = "200", description = "The changed pairs, before → after")
  @APIResponse(
      responseCode = "400",
      description = "Invalid change (incl. invalid-expression with line and column) or pairs",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "409",
      description = "ADD of a rule id that exists",
      content = @Content(mediaType = "application/problem+json"))
  public ImpactResponse impact(@NotNull @Valid ImpactRequest request) {
    ImpactRequest.Change change = request.change();
    EvaluationQuery query =
        EvaluationRequest.query(
            request.asOf(),
            request.items(),
            request.destinations(),
            request.endUser(),
            request.exportFrom());
    RuleDefinition proposed = proposed(change);
    String ruleId =
        change.ruleId() != null
            ? change.ruleId()
            : change.rule() == null ? null : change.rule().id();
    ImpactService.Impact impact = impacts.impact(change.op(), proposed, ruleId, query);
    return ImpactResponse.of(impact, query.asOf(), change.op(), ruleId);
  }

  private static RuleDefinition proposed(ImpactRequest.Change change) {
    if (change.op() == ImpactService.Operation.REMOVE) {
      return null;
    }
    if (change.rule() == null) {
      throw ProblemException.invalidParameter("change.rule", "is required for " + change.op());
    }
    String id = change.op() == ImpactService.Operation.EDIT ? change.ruleId() : change.rule().id();
    if (id == null) {
      throw ProblemException.invalidParameter(
          change.op() == ImpactService.Operation.EDIT ? "change.ruleId" : "change.rule.id",
          "is required for " + change.op());
    }
    return change.rule().toDefinition(id);
  }
}
