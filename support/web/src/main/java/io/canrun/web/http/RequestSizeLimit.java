package io.canrun.web.http;

import io.canrun.web.problem.ProblemResponses;
import io.canrun.web.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body that declares a length over the one request-body limit, {@value #LIMIT}, with a
 * problem document before it is read. {@link StreamedBodyLimit} holds bodies sent without a length
 * to the same limit as they are read; their overflow is answered here too.
 */
public class RequestSizeLimit {

  /** The largest request body any canrun service reads. */
  public static final String LIMIT = "canrun.http.max-body-size";

  /** The limit when no configuration sets one (the shared configuration does). */
  static final String DEFAULT_LIMIT = "2M";

  private final long maxBodyBytes;

  public RequestSizeLimit(
      @ConfigProperty(name = LIMIT, defaultValue = DEFAULT_LIMIT) MemorySize maxBodySize) {
    this.maxBodyBytes = maxBodySize.asLongValue();
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

  /** A body without a declared length that went past the limit as it was read. */
  @ServerExceptionMapper
  public Response tooLarge(BodyTooLargeException e, UriInfo uri) {
    return ProblemResponses.of(
        ProblemType.PAYLOAD_TOO_LARGE,
        "The body is over the limit of " + e.limit() + " bytes; send less.",
        uri == null ? null : uri.getPath());
  }
}
