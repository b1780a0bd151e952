package io.canrun.gateway.rest;

import io.canrun.gateway.api.CatalogItems;
import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.client.CatalogSystem;
import io.canrun.gateway.upstream.CatalogCopy;
import io.canrun.web.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalog as the gateway sees it, for clients that only talk to the gateway. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalog", description = "Read-through views of catalog-service")
public class CatalogViewResource {

  private final CatalogCopy catalog;

  public CatalogViewResource(CatalogCopy catalog) {
    this.catalog = catalog;
  }

  @GET
  @Path("/chips")
  @Operation(summary = "Every accelerator in the catalog, ordered by slug")
  @APIResponse(responseCode = "200", description = "The chips")
  @APIResponse(
      responseCode = "503",
      description = "catalog-service unreachable and no copy cached",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public CatalogItems<CatalogChip> chips() {
    CatalogCopy.CatalogRead read = catalog.read();
    return items(read.snapshot().chips(), read.stale());
  }

  @GET
  @Path("/chips/{slug}")
  @Operation(summary = "One accelerator")
  @APIResponse(responseCode = "200", description = "The chip")
  @APIResponse(
      responseCode = "404",
      description = "No chip with that slug; the detail names the nearest ones",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public CatalogChip chip(@Parameter(example = "h100-sxm") @PathParam("slug") String slug) {
    return catalog.read().snapshot().chip(slug);
  }

  @GET
  @Path("/systems")
  @Operation(summary = "Every system (N chips of one kind plus interconnect), ordered by slug")
  @APIResponse(responseCode = "200", description = "The systems")
  public CatalogItems<CatalogSystem> systems() {
    CatalogCopy.CatalogRead read = catalog.read();
    return items(read.snapshot().systems(), read.stale());
  }

  @GET
  @Path("/models")
  @Operation(summary = "Every model in the catalog, ordered by slug")
  @APIResponse(responseCode = "200", description = "The models")
  public CatalogItems<CatalogModel> models() {
    CatalogCopy.CatalogRead read = catalog.read();
    return items(read.snapshot().models(), read.stale());
  }

  @GET
  @Path("/models/{slug}")
  @Operation(summary = "One model")
  @APIResponse(responseCode = "200", description = "The model")
  @APIResponse(
      responseCode = "404",
      description = "No model with that slug; the detail names the nearest ones",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public CatalogModel model(
      @Parameter(example = "qwen3.5-397b-a17b") @PathParam("slug") String slug) {
    return catalog.read().snapshot().model(slug);
  }

  private static <T> CatalogItems<T> items(Map<String, T> bySlug, boolean stale) {
    List<T> items = bySlug.keySet().stream().sorted().map(bySlug::get).toList();
    return new CatalogItems<>(items, items.size(), stale);
  }
}
