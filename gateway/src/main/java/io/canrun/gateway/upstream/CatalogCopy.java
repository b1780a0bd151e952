package io.canrun.gateway.upstream;

import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.CatalogClient;
import io.canrun.gateway.client.CatalogCollection;
import io.canrun.gateway.client.CatalogEvidence;
import io.canrun.gateway.client.CatalogListing;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.client.CatalogSystem;
import io.canrun.gateway.config.GatewayConfig;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * The gateway's copy of the catalog. Requests read the copy in memory; a copy older than {@code
 * refresh-after} is revalidated in the background (one 304 per collection when nothing changed).
 * When catalog-service cannot confirm the copy, answers keep being served from it but are marked
 * stale; only when there is no copy at all does the gateway answer 503.
 */
@ApplicationScoped
public class CatalogCopy {

  private final CatalogClient client;
  private final GatewayConfig.Catalog config;
  private final Clock clock;
  private final BackgroundRefresh refresher = new BackgroundRefresh("catalog-refresh");

  private volatile CatalogSnapshot snapshot;
  private volatile Instant confirmedAt = Instant.EPOCH;
  private volatile boolean lastRefreshFailed;

  public CatalogCopy(CatalogClient client, GatewayConfig config, Clock clock) {
    this.client = client;
    this.config = config.catalog();
    this.clock = clock;
  }

  /**
   * The current copy and whether it is stale.
   *
   * @throws UpstreamUnavailableException when there is no copy and the catalog cannot be read
   */
  public CatalogRead read() {
    CatalogSnapshot current = snapshot;
    if (current == null) {
      synchronized (this) {
        if (snapshot == null) {
          refreshNow();
        }
        current = snapshot;
      }
    } else if (age().compareTo(config.staleAfter()) > 0 && !lastRefreshFailed) {
      current = revalidateBeforeAnswering();
    } else if (age().compareTo(config.refreshAfter()) > 0) {
      refreshInBackground();
    }
    boolean stale = lastRefreshFailed || age().compareTo(config.staleAfter()) > 0;
    return new CatalogRead(current, stale);
  }

  /**
   * A copy idle for longer than {@code stale-after} (no requests, so no background refresh) is
   * confirmed before it is used, so that a healthy catalog never yields a stale answer. Once a
   * revalidation has failed, requests stop waiting for the catalog and get the stale copy at once.
   */
  private synchronized CatalogSnapshot revalidateBeforeAnswering() {
    if (age().compareTo(config.staleAfter()) > 0 && !lastRefreshFailed) {
      try {
        refreshNow();
      } catch (UpstreamUnavailableException e) {
        Log.warnf("Catalog revalidation failed; serving the previous copy: %s", e.reason());
      }
    }
    return snapshot;
  }

  /** Whether the catalog answered its last revalidation. */
  public boolean healthy() {
    return snapshot != null && !lastRefreshFailed;
  }

  private Duration age() {
    return Duration.between(confirmedAt, clock.instant());
  }

  private void refreshInBackground() {
    refresher.trigger(
        () -> {
          try {
            refreshNow();
          } catch (UpstreamUnavailableException e) {
            Log.warnf("Catalog revalidation failed; serving the previous copy: %s", e.reason());
          }
        });
  }

  private void refreshNow() {
    CatalogSnapshot previous = snapshot;
    Map<String, String> etags = new LinkedHashMap<>();
    try {
      Map<String, CatalogChip> chips =
          collection(
              CatalogCollection.CHIPS, previous, CatalogSnapshot::chips, CatalogChip::slug, etags);
      Map<String, CatalogSystem> systems =
          collection(
              CatalogCollection.SYSTEMS,
              previous,
              CatalogSnapshot::systems,
              CatalogSystem::slug,
              etags);
      Map<String, CatalogModel> models =
          collection(
              CatalogCollection.MODELS,
              previous,
              CatalogSnapshot::models,
              CatalogModel::slug,
              etags);
      Map<String, CatalogEvidence> evidence =
          collection(
              CatalogCollection.EVIDENCE,
              previous,
              CatalogSnapshot::evidence,
              e -> String.valueOf(e.id()),
              etags);
      snapshot = new CatalogSnapshot(chips, systems, models, evidence, Map.copyOf(etags));
      confirmedAt = clock.instant();
      lastRefreshFailed = false;
    } catch (RuntimeException e) {
      lastRefreshFailed = true;
      throw UpstreamUnavailableException.of("catalog-service", e);
    }
  }

  private <T> Map<String, T> collection(
      CatalogCollection<T> collection,
      CatalogSnapshot previous,
      Function<CatalogSnapshot, Map<String, T>> cached,
      Function<T, String> slug,
      Map<String, String> etags) {
    String etag = previous == null ? null : previous.etags().get(collection.toString());
    CatalogListing<T> listing = readListing(collection, etag);
    etags.put(collection.toString(), listing.etag());
    if (listing.notModified()) {
      return cached.apply(previous);
    }
    Map<String, T> bySlug = new LinkedHashMap<>();
    listing.items().forEach(item -> bySlug.put(slug.apply(item), item));
    return Map.copyOf(bySlug);
  }

  private <T> CatalogListing<T> readListing(CatalogCollection<T> collection, String etag) {
    try {
      return client.read(collection, etag);
    } catch (FaultToleranceException e) {
      throw UpstreamUnavailableException.of("catalog-service", e);
    }
  }

  @PreDestroy
  void stop() {
    refresher.close();
  }

  /** A copy of the catalog and whether it could not be confirmed recently. */
  public record CatalogRead(CatalogSnapshot snapshot, boolean stale) {}
}
