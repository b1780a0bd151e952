package io.canrun.policy.rest;

import io.canrun.policy.model.EntityRevision;
import io.canrun.policy.service.EntityListService;
import io.canrun.web.paging.PageRequest;
import io.canrun.web.paging.PageResult;
import io.canrun.web.precondition.EntityVersions;
import io.canrun.web.problem.ProblemException;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/entities")
@Tag(name = "Entity List", description = "Listed parties, dated (writes: policy-admin)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EntityResource {

  private final EntityListService entities;
  private final SecurityIdentity identity;

  public EntityResource(EntityListService entities, SecurityIdentity identity) {
    this.entities = entities;
    this.identity = identity;
  }

  @GET
  @Operation(summary = "List Entity List entries", description = "Sorted by id.")
  @APIResponse(responseCode = "200", description = "One page of entries")
  public PageResult<EntityResponse> list(
      @BeanParam EntityFilter filter,
      @Valid @BeanParam AtVersion version,
      @Valid @BeanParam PageRequest page) {
    return entities
        .list(filter.q(), version.version(), page.page(), page.size())
        .map(EntityResponse::of);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read an entry", description = "ETag = the policy version that wrote it.")
  @APIResponse(responseCode = "200", description = "The entry")
  @APIResponse(
      responseCode = "404",
      description = "No such entry",
      content = @Content(mediaType = "application/problem+json"))
  public Response get(
      @Parameter(example = "moore-threads") @PathParam("id") String id,
      @Valid @BeanParam AtVersion version) {
    EntityRevision entry = entities.get(id, version.version());
    return Response.ok(EntityResponse.of(entry))
        .tag(EntityVersions.etag(entry.fromVersion))
        .build();
  }

  @POST
  @RolesAllowed("policy-admin")
  @Operation(summary = "Add an entry", description = "Creates a policy version and an audit entry.")
  @APIResponse(responseCode = "201", description = "Created; Location and ETag set")
  @APIResponse(
      responseCode = "400",
      description = "Invalid entry",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Token lacks policy-admin")
  @APIResponse(responseCode = "409", description = "An entry with this id exists")
  public Response create(@NotNull @Valid EntityRequest request, @Context UriInfo uri) {
    if (request.id() == null) {
      throw ProblemException.invalidParameter("id", "is required");
    }
    EntityRevision created = entities.create(request.toRevision(request.id()), Actors.of(identity));
    return Response.created(uri.getAbsolutePathBuilder().path(created.entityId).build())
        .tag(EntityVersions.etag(created.fromVersion))
        .entity(EntityResponse.of(created))
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed("policy-admin")
  @Operation(summary = "Replace an entry", description = "Needs If-Match with the current ETag.")
  @APIResponse(responseCode = "200", description = "Replaced; new ETag")
  @APIResponse(responseCode = "400", description = "Invalid entry")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Token lacks policy-admin")
  @APIResponse(responseCode = "404", description = "No such entry")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response update(
      @Parameter(example = "moore-threads") @PathParam("id") String id,
      @Parameter(example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Valid EntityRequest request) {
    if (request.id() != null && !request.id().equals(id)) {
      throw ProblemException.invalidParameter("id", "must match the path ('" + id + "')");
    }
    EntityRevision updated =
        entities.update(id, request.toRevision(id), ifMatch, Actors.of(identity));
    return Response.ok(EntityResponse.of(updated))
        .tag(EntityVersions.etag(updated.fromVersion))
        .build();
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed("policy-admin")
  @Operation(summary = "Remove an entry", description = "Older policy versions keep it.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Token lacks policy-admin")
  @APIResponse(responseCode = "404", description = "No such entry")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response delete(
      @Parameter(example = "moore-threads") @PathParam("id") String id,
      @Parameter(example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    entities.delete(id, ifMatch, Actors.of(identity));
    return Response.noContent().build();
  }
}
