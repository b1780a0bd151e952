package io.canrun.policy.rest;

import io.canrun.policy.engine.PolicySnapshot;
import io.canrun.policy.model.CountryRecord;
import io.canrun.policy.service.CountryGroupService;
import io.canrun.policy.service.PolicySnapshots;
import io.canrun.policy.service.PolicyVersions;
import io.canrun.web.paging.PageResult;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/countries")
@Tag(name = "Countries", description = "ISO 3166-1 countries and the groups they count in")
@Produces(MediaType.APPLICATION_JSON)
public class CountryResource {

  private final CountryGroupService groups;
  private final PolicyVersions versions;
  private final PolicySnapshots snapshots;

  public CountryResource(
      CountryGroupService groups, PolicyVersions versions, PolicySnapshots snapshots) {
    this.groups = groups;
    this.versions = versions;
    this.snapshots = snapshots;
  }

  @GET
  @Operation(summary = "List countries", description = "Sorted by code.")
  @APIResponse(responseCode = "200", description = "One page of countries")
  @APIResponse(
      responseCode = "400",
      description = "Bad paging parameter",
      content = @Content(mediaType = "application/problem+json"))
  public PageResult<CountryResponse> list(
      @Parameter(example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @Parameter(description = "1..300", example = "50")
          @QueryParam("size")
          @DefaultValue(Paging.DEFAULT_SIZE)
          @Min(1)
          @Max(Paging.MAX_SIZE)
          int size) {
    return groups.countries(page, size).map(c -> CountryResponse.of(c, null, null));
  }

  @GET
  @Path("/{code}")
  @Operation(
      summary = "Read a country with its groups on a date",
      description = "Groups are those of the country the EAR treats it as (HK → CN).")
  @APIResponse(responseCode = "200", description = "The country")
  @APIResponse(
      responseCode = "404",
      description = "No such country",
      content = @Content(mediaType = "application/problem+json"))
  public CountryResponse get(
      @Parameter(example = "HK") @PathParam("code") String code,
      @Parameter(description = "Law date (default today)", example = "2026-11-22")
          @QueryParam("asOf")
          String asOf,
      @Parameter(description = "Policy version (default current)", example = "1")
          @QueryParam("version")
          @Positive
          Long version) {
    CountryRecord country = groups.country(code);
    LocalDate parsed = QueryParams.date(asOf, "asOf");
    LocalDate date = parsed == null ? LocalDate.now(ZoneOffset.UTC) : parsed;
    PolicySnapshot snapshot = snapshots.at(versions.resolve(version, "version"));
    return CountryResponse.of(country, date, snapshot.countries().groupsOf(country.code, date));
  }
}
