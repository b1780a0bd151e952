package io.canrun.policy.rest;

import io.canrun.policy.engine.ConditionVariables;
import io.canrun.policy.engine.RuleDefinition;
import io.canrun.policy.service.RuleService;
import io.canrun.web.paging.PageRequest;
import io.canrun.web.paging.PageResult;
import io.canrun.web.precondition.EntityVersions;
import io.canrun.web.problem.ProblemException;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rules")
@Tag(
    name = "Rules",
    description = "Effective-dated rules with CEL conditions (writes: policy-admin)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RuleResource {

  private final RuleService rules;
  private final SecurityIdentity identity;

  public RuleResource(RuleService rules, SecurityIdentity identity) {
    this.rules = rules;
    this.identity = identity;
  }

  /** A variable a condition may use. */
  @RegisterForReflection
  public record VariableResponse(String name, String type, String description) {}

  @GET
  @Operation(
      summary = "List rules",
      description = "Sorted by id; filters combine. With asOf, only rules in force on that date.")
  @APIResponse(responseCode = "200", description = "One page of rules")
  public PageResult<RuleResponse> list(
      @BeanParam RuleFilter filter,
      @BeanParam AsOf asOf,
      @Valid @BeanParam AtVersion version,
      @Valid @BeanParam PageRequest page) {
    return rules
        .list(filter.regime(), asOf.asOf(), version.version(), page.page(), page.size())
        .map(RuleResponse::of);
  }

  @GET
  @Path("/variables")
  @Operation(summary = "Variables a rule condition may use, with their CEL types")
  @APIResponse(responseCode = "200", description = "Every declared variable")
  public List<VariableResponse> variables() {
    return ConditionVariables.ALL.stream()
        .map(v -> new VariableResponse(v.name(), v.typeName(), v.description()))
        .toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read a rule", description = "ETag = the policy version that wrote it.")
  @APIResponse(responseCode = "200", description = "The rule")
  @APIResponse(
      responseCode = "404",
      description = "No such rule (near matches in the detail)",
      content = @Content(mediaType = "application/problem+json"))
  public Response get(
      @Parameter(example = "ear-3a090-2023-macau-d5") @PathParam("id") String id,
      @Valid @BeanParam AtVersion version) {
    RuleDefinition rule = rules.get(id, version.version());
    return Response.ok(RuleResponse.of(rule)).tag(EntityVersions.etag(rule.version())).build();
  }

  @POST
  @RolesAllowed("policy-admin")
  @Operation(
      summary = "Create a rule",
      description = "Compiles the condition; creates a policy version and an audit entry.")
  @APIResponse(responseCode = "201", description = "Created; Location and ETag set")
  @APIResponse(
      responseCode = "400",
      description = "Invalid rule; invalid-expression gives line and column",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Token lacks policy-admin")
  @APIResponse(
      responseCode = "409",
      description = "A rule with this id exists",
      content = @Content(mediaType = "application/problem+json"))
  public Response create(
      @NotNull @Valid RuleRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
    if (request.id() == null) {
      throw ProblemException.invalidParameter("id", "is required");
    }
    RuleDefinition created = rules.create(request.toDefinition(request.id()), Actors.of(identity));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .tag(EntityVersions.etag(created.version()))
        .entity(RuleResponse.of(created))
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed("policy-admin")
  @Operation(summary = "Replace a rule", description = "Needs If-Match with the current ETag.")
  @APIResponse(responseCode = "200", description = "Replaced; new ETag")
  @APIResponse(
      responseCode = "400",
      description = "Invalid rule",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Token lacks policy-admin")
  @APIResponse(responseCode = "404", description = "No such rule")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response update(
      @Parameter(example = "ear-3a090-2023-macau-d5") @PathParam("id") String id,
      @Parameter(description = "ETag last read", example = "\"1\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      @NotNull @Valid RuleRequest request) {
    if (request.id() != null && !request.id().equals(id)) {
      throw ProblemException.invalidParameter("id", "must match the path ('" + id + "')");
    }
    RuleDefinition updated =
        rules.update(id, request.toDefinition(id), ifMatch, Actors.of(identity));
    return Response.ok(RuleResponse.of(updated))
        .tag(EntityVersions.etag(updated.version()))
        .build();
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed("policy-admin")
  @Operation(
      summary = "Delete a rule",
      description = "Ends the rule at the new policy version; older versions keep it.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Token lacks policy-admin")
  @APIResponse(responseCode = "404", description = "No such rule")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response delete(
      @Parameter(example = "ear-3a090-2023-macau-d5") @PathParam("id") String id,
      @Parameter(description = "ETag last read", example = "\"1\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    rules.delete(id, ifMatch, Actors.of(identity));
    return Response.noContent().build();
  }
}
