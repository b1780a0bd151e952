package io.canrun.web.http;

import io.canrun.web.problem.ProblemResponses;
import io.canrun.web.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses declared oversized bodies with a problem document before they are read. Bodies sent
 * without a length are still capped by {@code quarkus.http.limits.max-body-size}.
 */
public class RequestSizeLimit {

  private final long maxBodyBytes;

  public RequestSizeLimit(
      @ConfigProperty(name = "canrun.http.max-body-bytes", defaultValue = "1048576")
          long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> limit(ContainerRequestContext request, UriInfo uri) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length == null) {
      return Optional.empty();
    }
    long declared;
    try {
      declared = Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return Optional.of(
          ProblemResponses.of(
              ProblemType.INVALID_PARAMETER, "Content-Length is not a number.", uri.getPath()));
    }
    if (declared <= maxBodyBytes) {
      return Optional.empty();
    }
    return Optional.of(
        ProblemResponses.of(
            ProblemType.PAYLOAD_TOO_LARGE,
            "The body has " + declared + " bytes; the limit is " + maxBodyBytes + ".",
            uri.getPath()));
  }
}
