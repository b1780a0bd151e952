package io.canrun.policy.rest;

import io.canrun.policy.service.PolicyVersions;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/versions")
@Tag(name = "Versions", description = "System time: every write creates the next policy version")
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {

  private final PolicyVersions versions;

  public VersionResource(PolicyVersions versions) {
    this.versions = versions;
  }

  @GET
  @Path("/current")
  @Operation(
      summary = "The current policy version",
      description = "Clients key verdict caches on it; it changes on every write.")
  @APIResponse(responseCode = "200", description = "The version and when it was written")
  public VersionResponse current() {
    return VersionResponse.of(versions.current());
  }
}
