package io.canrun.catalog.rest;

import io.canrun.catalog.model.AiModel;
import io.canrun.catalog.service.CatalogRevision;
import io.canrun.catalog.service.ImportResult;
import io.canrun.catalog.service.ModelCatalog;
import io.canrun.catalog.service.ModelFilter;
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

/** Models: list with filters, read, create, replace, delete, bulk upsert. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "models", description = "Model architectures, each figure with its source")
public class ModelResource {

  private final ModelCatalog models;
  private final CatalogRevision revision;

  public ModelResource(ModelCatalog models, CatalogRevision revision) {
    this.models = models;
    this.revision = revision;
  }

  @GET
  @Path("/models")
  @Operation(
      summary = "List models",
      description =
          "Filters combine. Sort by slug, name, organisation, released, totalParamsB or"
              + " activeParamsB. The ETag is the catalog revision.")
  public Response list(
      @Valid @BeanParam ModelFilter filter,
      @BeanParam SortOrder sort,
      @Valid @BeanParam PageRequest page,
      @Context Request request) {
    long current = revision.current();
    return CatalogResponses.collection(
        models.list(filter, sort, page).map(ModelData::of), current, request);
  }

  @GET
  @Path("/models/{slug}")
  @Operation(summary = "Read one model; ETag = version, If-None-Match gives 304")
  public Response get(
      @Parameter(example = "llama-3.1-70b") @PathParam("slug") String slug,
      @Context Request request) {
    AiModel model = models.get(slug);
    return CatalogResponses.entity(ModelData.of(model), model.version, request);
  }

  @POST
  @Path("/models")
  @RolesAllowed("catalog-editor")
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Add a model (409 if the slug exists)")
  public Response create(@Valid @NotNull ModelData data, @Context UriInfo uri) {
    AiModel model = models.create(data.slug(), data::applyTo);
    return CatalogResponses.created(uri, model.slug, ModelData.of(model), model.version);
  }

  @PUT
  @Path("/models/{slug}")
  @RolesAllowed("catalog-editor")
  @SecurityRequirement(name = "jwt")
  @Operation(
      summary = "Replace a model; needs If-Match with its current ETag (428 missing, 412 stale)")
  public Response replace(
      @PathParam("slug") String slug,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ModelData data) {
    BodySlug.requireSame(slug, data.slug());
    AiModel model = models.replace(slug, ifMatch, data::applyTo);
    return CatalogResponses.updated(ModelData.of(model), model.version);
  }

  @DELETE
  @Path("/models/{slug}")
  @RolesAllowed("catalog-editor")
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Delete a model; needs If-Match; 409 while evidence names it")
  public Response delete(
      @PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    models.delete(slug, ifMatch);
    return Response.noContent().build();
  }

  @POST
  @Path("/models:import")
  @RolesAllowed("catalog-editor")
  @SecurityRequirement(name = "jwt")
  @Operation(
      summary = "Upsert many models by slug, all or nothing",
      description = "An invalid element refuses the whole import (400 naming [index].field).")
  public ImportResult importModels(
      @Valid @NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull ModelData> data) {
    BodySlug.requireDistinct(data.stream().map(ModelData::slug).toList());
    return models.importAll(
        data.stream().map(d -> new SlugCatalog.Entry<AiModel>(d.slug(), d::applyTo)).toList());
  }
}
