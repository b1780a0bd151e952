package io.canrun.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * catalog-service's read API. Kept package-private: the rest of the gateway goes through {@link
 * CatalogClient}, which adds timeouts, retries and the circuit breaker.
 */
@RegisterRestClient(configKey = "catalog")
@Path("/api/v1")
interface CatalogApi {

  /**
   * One page of a collection; answers 304 when {@code If-None-Match} names the current revision.
   */
  @GET
  @Path("/{collection}")
  Response page(
      @PathParam("collection") String collection,
      @QueryParam("page") int page,
      @QueryParam("size") int size,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);
}
