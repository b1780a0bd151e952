package io.canrun.policy.rest;

import io.canrun.policy.model.CountryGroup;
import io.canrun.policy.model.GroupMembershipRevision;
import io.canrun.policy.service.CountryGroupService;
import io.canrun.web.paging.PageRequest;
import io.canrun.web.paging.PageResult;
import io.canrun.web.precondition.EntityVersions;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/country-groups")
@Tag(name = "Country groups", description = "Groups and dated memberships (writes: policy-admin)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CountryGroupResource {

  private final CountryGroupService groups;
  private final SecurityIdentity identity;

  public CountryGroupResource(CountryGroupService groups, SecurityIdentity identity) {
    this.groups = groups;
    this.identity = identity;
  }

  @GET
  @Operation(summary = "List country groups")
  @APIResponse(responseCode = "200", description = "Every group")
  public List<GroupResponse> list() {
    return groups.groups().stream().map(GroupResponse::of).toList();
  }

  @GET
  @Path("/{group}")
  @Operation(summary = "Read a country group")
  @APIResponse(responseCode = "200", description = "The group")
  @APIResponse(
      responseCode = "404",
      description = "No such group",
      content = @Content(mediaType = "application/problem+json"))
  public GroupResponse get(@Parameter(example = "D:5") @PathParam("group") String group) {
    return GroupResponse.of(groups.group(group));
  }

  @POST
  @RolesAllowed("policy-admin")
  @Operation(summary = "Create a country group", description = "Audited; creates a version.")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(
      responseCode = "400",
      description = "Invalid group",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Token lacks policy-admin")
  @APIResponse(responseCode = "409", description = "The group exists")
  public Response create(@NotNull @Valid GroupRequest request, @Context UriInfo uri) {
    CountryGroup created = groups.createGroup(request.toGroup(), Actors.of(identity));
    return Response.created(uri.getAbsolutePathBuilder().path(created.code).build())
        .entity(GroupResponse.of(created))
        .build();
  }

  @GET
  @Path("/{group}/members")
  @Operation(
      summary = "List a group's memberships",
      description = "With asOf, only memberships in force on that law date.")
  @APIResponse(responseCode = "200", description = "One page of memberships")
  @APIResponse(responseCode = "400", description = "Bad parameter")
  @APIResponse(responseCode = "404", description = "No such group")
  public PageResult<MembershipResponse> members(
      @Parameter(example = "D:5") @PathParam("group") String group,
      @BeanParam AsOf asOf,
      @Valid @BeanParam AtVersion version,
      @Valid @BeanParam PageRequest page) {
    return groups
        .members(group, asOf.asOf(), version.version(), page.page(), page.size())
        .map(MembershipResponse::of);
  }

  @GET
  @Path("/{group}/members/{id}")
  @Operation(summary = "Read a membership", description = "ETag = the version that wrote it.")
  @APIResponse(responseCode = "200", description = "The membership")
  @APIResponse(responseCode = "404", description = "No such group or membership")
  public Response member(
      @Parameter(example = "D:5") @PathParam("group") String group,
      @Parameter(example = "d5-kh") @PathParam("id") String id,
      @Valid @BeanParam AtVersion version) {
    GroupMembershipRevision member = groups.member(group, id, version.version());
    return Response.ok(MembershipResponse.of(member))
        .tag(EntityVersions.etag(member.fromVersion))
        .build();
  }

  @POST
  @Path("/{group}/members")
  @RolesAllowed("policy-admin")
  @Operation(summary = "Add a country to a group over a law-time interval")
  @APIResponse(responseCode = "201", description = "Created; Location and ETag set")
  @APIResponse(responseCode = "400", description = "Invalid membership")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Token lacks policy-admin")
  @APIResponse(responseCode = "404", description = "No such group")
  public Response addMember(
      @Parameter(example = "D:5") @PathParam("group") String group,
      @NotNull @Valid MembershipRequest request,
      @Context UriInfo uri) {
    GroupMembershipRevision created =
        groups.addMember(group, request.toRevision(), Actors.of(identity));
    return Response.created(uri.getAbsolutePathBuilder().path(created.membershipId).build())
        .tag(EntityVersions.etag(created.fromVersion))
        .entity(MembershipResponse.of(created))
        .build();
  }

  @PUT
  @Path("/{group}/members/{id}")
  @RolesAllowed("policy-admin")
  @Operation(summary = "Change a membership's dates or notes", description = "Needs If-Match.")
  @APIResponse(responseCode = "200", description = "Replaced; new ETag")
  @APIResponse(responseCode = "400", description = "Invalid membership")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Token lacks policy-admin")
  @APIResponse(responseCode = "404", description = "No such membership")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response updateMember(
      @Parameter(example = "D:5") @PathParam("group") String group,
      @Parameter(example = "d5-kh") @PathParam("id") String id,
      @Parameter(example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Valid MembershipRequest request) {
    GroupMembershipRevision updated =
        groups.updateMember(group, id, request.toRevision(), ifMatch, Actors.of(identity));
    return Response.ok(MembershipResponse.of(updated))
        .tag(EntityVersions.etag(updated.fromVersion))
        .build();
  }

  @DELETE
  @Path("/{group}/members/{id}")
  @RolesAllowed("policy-admin")
  @Operation(
      summary = "Remove a membership",
      description = "Removes it from the new version on (to end it in law time, PUT effectiveTo).")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Token lacks policy-admin")
  @APIResponse(responseCode = "404", description = "No such membership")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response removeMember(
      @Parameter(example = "D:5") @PathParam("group") String group,
      @Parameter(example = "d5-kh") @PathParam("id") String id,
      @Parameter(example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    groups.removeMember(group, id, ifMatch, Actors.of(identity));
    return Response.noContent().build();
  }
}
