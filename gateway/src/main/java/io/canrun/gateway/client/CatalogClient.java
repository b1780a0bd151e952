package io.canrun.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads whole catalog collections, revalidating with the ETag of the last read so an unchanged
 * catalog costs one 304. Reads are idempotent, so transient failures are retried; the breaker stops
 * hammering a catalog that is down.
 */
@ApplicationScoped
public class CatalogClient {

  static final String UPSTREAM = "catalog-service";
  private static final int PAGE_SIZE = 500;

  private final CatalogApi api;

  public CatalogClient(@RestClient CatalogApi api) {
    this.api = api;
  }

  /** Reads every page; a 304 on the first page means nothing changed since {@code etag}. */
  @Timeout(3000)
  @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = UpstreamRejectedException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.5,
      delay = 5000,
      successThreshold = 2,
      skipOn = UpstreamRejectedException.class)
  @Bulkhead(16)
  public <T> CatalogListing<T> read(CatalogCollection<T> collection, String etag) {
    List<T> items = new ArrayList<>();
    String revision = null;
    for (int page = 0; ; page++) {
      String ifNoneMatch = page == 0 ? etag : null;
      int current = page;
      try (Response response =
          UpstreamCalls.call(
              UPSTREAM, () -> api.page(collection.path(), current, PAGE_SIZE, ifNoneMatch))) {
        if (response.getStatus() == Response.Status.NOT_MODIFIED.getStatusCode()) {
          return new CatalogListing<>(List.of(), etag, true);
        }
        if (page == 0) {
          revision = response.getHeaderString(HttpHeaders.ETAG);
        }
        CatalogPage<T> body = response.readEntity(collection.pageType());
        if (body == null || body.items() == null || body.items().contains(null)) {
          // A page without a usable list is no page: fail like any other upstream failure.
          throw new UpstreamException(UPSTREAM, "answered without a usable page of items", null);
        }
        items.addAll(body.items());
        if (body.items().isEmpty() || items.size() >= body.total()) {
          return new CatalogListing<>(List.copyOf(items), revision, false);
        }
      }
    }
  }
}
