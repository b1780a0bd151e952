package io.canrun.web.http;

import io.canrun.web.query.DeclaredParameters;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Runs {@link QueryParameterCheck} on every request once it is matched to a resource method, in
 * every service: the method's parameter records say which query parameters it reads.
 */
public class QueryParameterFilter {

  @ServerRequestFilter
  public void check(UriInfo uri, SimpleResourceInfo resource) {
    QueryParameterCheck.check(
        uri.getQueryParameters(), DeclaredParameters.of(resource.parameterTypes()));
  }
}
