package io.canrun.web.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Custom-method paths such as {@code /chips:import} must match whether or not the client
 * percent-encodes the colon (REST Assured and some JavaScript clients send {@code %3A}); route
 * matching compares the raw path, so the encoded form is rewritten before matching.
 */
public class EncodedColonPaths {

  @ServerRequestFilter(preMatching = true)
  public void decodeColons(ContainerRequestContext request) {
    URI uri = request.getUriInfo().getRequestUri();
    String path = uri.getRawPath();
    if (path != null && (path.contains("%3A") || path.contains("%3a"))) {
      String decoded = path.replace("%3A", ":").replace("%3a", ":");
      request.setRequestUri(UriBuilder.fromUri(uri).replacePath(decoded).build());
    }
  }
}
