package io.canrun.catalog.rest;

import io.canrun.catalog.model.ComputeSystem;
import io.canrun.catalog.service.CatalogRevision;
import io.canrun.catalog.service.ChipCatalog;
import io.canrun.catalog.service.SystemCatalog;
import io.canrun.catalog.service.SystemFilter;
import io.canrun.persistence.SortOrder;
import io.canrun.web.paging.PageRequest;
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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Systems: N chips of one kind and their fabric. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "systems", description = "Nodes and racks built from one kind of chip")
public class SystemResource {

  private final SystemCatalog systems;
  private final ChipCatalog chips;
  private final CatalogRevision revision;

  public SystemResource(SystemCatalog systems, ChipCatalog chips, CatalogRevision revision) {
    this.systems = systems;
    this.chips = chips;
    this.revision = revision;
  }

  @GET
  @Path("/systems")
  @Operation(
      summary = "List systems",
      description =
          "Filters combine. Sort by slug, name, vendor or chipCount. The ETag is the catalog"
              + " revision.")
  public Response list(
      @Valid @BeanParam SystemFilter filter,
      @BeanParam SortOrder sort,
      @Valid @BeanParam PageRequest page,
      @Context Request request) {
    long current = revision.current();
    return CatalogResponses.collection(
        systems.list(filter, sort, page).map(SystemData::of), current, request);
  }

  @GET
  @Path("/systems/{slug}")
  @Operation(summary = "Read one system; ETag = version, If-None-Match gives 304")
  public Response get(
      @Parameter(example = "dgx-h100") @PathParam("slug") String slug, @Context Request request) {
    ComputeSystem system = systems.get(slug);
    return CatalogResponses.entity(SystemData.of(system), system.version, request);
  }

  @POST
  @Path("/systems")
  @RolesAllowed("catalog-editor")
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Add a system (409 if the slug exists; 400 if its chip is unknown)")
  public Response create(@Valid @NotNull SystemData data, @Context UriInfo uri) {
    ComputeSystem system =
        systems.create(data.slug(), s -> data.applyTo(s, chips.reference(data.chip(), "chip")));
    return CatalogResponses.created(uri, system.slug, SystemData.of(system), system.version);
  }

  @PUT
  @Path("/systems/{slug}")
  @RolesAllowed("catalog-editor")
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Replace a system; needs If-Match (428 missing, 412 stale)")
  public Response replace(
      @PathParam("slug") String slug,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull SystemData data) {
    BodySlug.requireSame(slug, data.slug());
    ComputeSystem system =
        systems.replace(slug, ifMatch, s -> data.applyTo(s, chips.reference(data.chip(), "chip")));
    return CatalogResponses.updated(SystemData.of(system), system.version);
  }

  @DELETE
  @Path("/systems/{slug}")
  @RolesAllowed("catalog-editor")
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Delete a system; needs If-Match; 409 while evidence names it")
  public Response delete(
      @PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    systems.delete(slug, ifMatch);
    return Response.noContent().build();
  }
}
