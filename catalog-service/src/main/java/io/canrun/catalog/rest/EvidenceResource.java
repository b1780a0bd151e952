package io.canrun.catalog.rest;

import io.canrun.catalog.model.CompatibilityEvidence;
import io.canrun.catalog.service.CatalogRevision;
import io.canrun.catalog.service.EvidenceCatalog;
import io.canrun.catalog.service.EvidenceFilter;
import io.canrun.web.paging.PageRequest;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
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

/** Published claims that a chip or system runs a model. */
@Path("/api/v1/compatibility")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "compatibility", description = "Published evidence that a chip runs a model")
public class EvidenceResource {

  private final EvidenceCatalog evidence;
  private final CatalogRevision revision;

  public EvidenceResource(EvidenceCatalog evidence, CatalogRevision revision) {
    this.evidence = evidence;
    this.revision = revision;
  }

  @GET
  @Operation(
      summary = "List claims",
      description =
          "Filters combine; an unknown chip or model is a 404 with near matches. Ordered by id;"
              + " the ETag is the catalog revision.")
  public Response list(
      @BeanParam EvidenceFilter filter,
      @Valid @BeanParam PageRequest page,
      @Context Request request) {
    long current = revision.current();
    return CatalogResponses.collection(
        evidence.list(filter, page).map(EvidenceData::of), current, request);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read one claim")
  public Response get(
      @Parameter(example = "1") @PathParam("id") String id, @Context Request request) {
    CompatibilityEvidence claim = evidence.get(number(id));
    return CatalogResponses.entity(EvidenceData.of(claim), claim.version, request);
  }

  @POST
  @RolesAllowed("catalog-editor")
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Record a claim (400 if it names an unknown chip, system or model)")
  public Response create(@Valid @NotNull EvidenceData data, @Context UriInfo uri) {
    CompatibilityEvidence claim = evidence.create(data.toClaim());
    return CatalogResponses.created(
        uri, String.valueOf(claim.id), EvidenceData.of(claim), claim.version);
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed("catalog-editor")
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Replace a claim; needs If-Match (428 missing, 412 stale)")
  public Response replace(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull EvidenceData data) {
    CompatibilityEvidence claim = evidence.replace(number(id), ifMatch, data.toClaim());
    return CatalogResponses.updated(EvidenceData.of(claim), claim.version);
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed("catalog-editor")
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Delete a claim; needs If-Match")
  public Response delete(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    evidence.delete(number(id), ifMatch);
    return Response.noContent().build();
  }

  private static long number(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new ProblemException(
          ProblemType.NOT_FOUND, "No compatibility claim '" + id + "': claims are numbered.");
    }
  }
}
