package io.canrun.gateway.rest;

import io.canrun.gateway.upstream.UpstreamUnavailableException;
import io.canrun.web.problem.ProblemResponses;
import io.canrun.web.problem.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The gateway cannot answer at all (no catalog copy and the catalog unreachable): 503 with the
 * reason. A missing policy verdict never lands here; it becomes an UNKNOWN answer instead.
 */
public class UpstreamProblemMapper {

  private static final String RETRY_AFTER_SECONDS = "5";

  @ServerExceptionMapper
  public Response unavailable(UpstreamUnavailableException e, UriInfo uri) {
    Response problem =
        ProblemResponses.of(
            ProblemType.UPSTREAM_UNAVAILABLE,
            e.reason() + "; no cached copy can answer this request.",
            "/" + uri.getPath().replaceFirst("^/", ""));
    return Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
  }
}
