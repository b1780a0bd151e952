package io.canrun.catalog.rest;

import io.canrun.catalog.model.Chip;
import io.canrun.catalog.service.CatalogRevision;
import io.canrun.catalog.service.ChipCatalog;
import io.canrun.catalog.service.ChipFilter;
import io.canrun.catalog.service.ImportResult;
import io.canrun.catalog.service.SlugCatalog;
import io.canrun.persistence.SortOrder;
import io.canrun.web.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accelerators: list with filters, read, create, replace, delete, bulk upsert. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "chips", description = "Accelerators and their published figures, each with its source")
public class ChipResource {

  private final ChipCatalog chips;
  private final CatalogRevision revision;

  public ChipResource(ChipCatalog chips, CatalogRevision revision) {
    this.chips = chips;
    this.revision = revision;
  }

  @GET
  @Path("/chips")
  @Operation(
      summary = "List chips",
      description =
          "Filters combine. Sort by slug, name, vendor, released, memoryGB, memoryBandwidthGBps"
              + " or tdpWatts. The ETag is the catalog revision: send it as If-None-Match to get"
              + " 304 when nothing changed.")
  public Response list(
      @Valid @BeanParam ChipFilter filter,
      @BeanParam SortOrder sort,
      @Valid @BeanParam PageRequest page,
      @Context Request request) {
    long current = revision.current();
    return CatalogResponses.collection(
        chips.list(filter, sort, page).map(ChipData::of), current, request);
  }

  @GET
  @Path("/chips/{slug}")
  @Operation(summary = "Read one chip; ETag = version, If-None-Match gives 304")
  public Response get(
      @Parameter(example = "h100-sxm") @PathParam("slug") String slug, @Context Request request) {
    Chip chip = chips.get(slug);
    return CatalogResponses.entity(ChipData.of(chip), chip.version, request);
  }

  @POST
  @Path("/chips")
  @RolesAllowed("catalog-editor")
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Add a chip (409 if the slug exists)")
  public Response create(@Valid @NotNull ChipData data, @Context UriInfo uri) {
    Chip chip = chips.create(data.slug(), data::applyTo);
    return CatalogResponses.created(uri, chip.slug, ChipData.of(chip), chip.version);
  }

  @PUT
  @Path("/chips/{slug}")
  @RolesAllowed("catalog-editor")
  @SecurityRequirement(name = "jwt")
  @Operation(
      summary = "Replace a chip; needs If-Match with its current ETag (428 missing, 412 stale)")
  public Response replace(
      @PathParam("slug") String slug,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ChipData data) {
    BodySlug.requireSame(slug, data.slug());
    Chip chip = chips.replace(slug, ifMatch, data::applyTo);
    return CatalogResponses.updated(ChipData.of(chip), chip.version);
  }

  @DELETE
  @Path("/chips/{slug}")
  @RolesAllowed("catalog-editor")
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Delete a chip; needs If-Match; 409 while systems or evidence use it")
  public Response delete(
      @PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    chips.delete(slug, ifMatch);
    return Response.noContent().build();
  }

  @POST
  @Path("/chips:import")
  @RolesAllowed("catalog-editor")
  @SecurityRequirement(name = "jwt")
  @Operation(
      summary = "Upsert many chips by slug, all or nothing",
      description = "An invalid element refuses the whole import (400 naming [index].field).")
  public ImportResult importChips(
      @Valid @NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull ChipData> data) {
    BodySlug.requireDistinct(data.stream().map(ChipData::slug).toList());
    return chips.importAll(
        data.stream().map(d -> new SlugCatalog.Entry<Chip>(d.slug(), d::applyTo)).toList());
  }
}
