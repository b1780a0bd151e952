package io.canrun.policy.rest;

import io.canrun.policy.engine.PolicySnapshot;
import io.canrun.policy.model.CountryRecord;
import io.canrun.policy.service.CountryGroupService;
import io.canrun.policy.service.PolicySnapshots;
import io.canrun.policy.service.PolicyVersions;
import io.canrun.web.paging.PageRequest;
import io.canrun.web.paging.PageResult;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
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
  public PageResult<CountryResponse> list(@Valid @BeanParam PageRequest page) {
    return groups.countries(page.page(), page.size()).map(c -> CountryResponse.of(c, null, null));
  }

  @GET
  @Path("/{code}")
  @Operation(
      summary = "Read a country with its groups on a date",
      description =
          "Groups are those of the country the EAR treats it as (HK → CN), on asOf (default"
              + " today).")
  @APIResponse(responseCode = "200", description = "The country")
  @APIResponse(
      responseCode = "404",
      description = "No such country",
      content = @Content(mediaType = "application/problem+json"))
  public CountryResponse get(
      @Parameter(example = "HK") @PathParam("code") String code,
      @BeanParam AsOf asOf,
      @Valid @BeanParam AtVersion version) {
    CountryRecord country = groups.country(code);
    LocalDate date = asOf.orToday();
    PolicySnapshot snapshot = snapshots.at(versions.resolve(version.version(), "version"));
    return CountryResponse.of(country, date, snapshot.countries().groupsOf(country.code, date));
  }
}
