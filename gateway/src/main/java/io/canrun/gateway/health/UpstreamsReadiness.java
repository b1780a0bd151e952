package io.canrun.gateway.health;

import io.canrun.gateway.upstream.CatalogCopy;
import io.canrun.gateway.upstream.PolicyVersions;
import io.canrun.gateway.upstream.UpstreamUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when both upstreams answer: without the catalog the gateway cannot name a chip, without the
 * policy service every answer would be UNKNOWN. The data says which one is missing.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements HealthCheck {

  private final CatalogCopy catalog;
  private final PolicyVersions policy;

  public UpstreamsReadiness(CatalogCopy catalog, PolicyVersions policy) {
    this.catalog = catalog;
    this.policy = policy;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams");
    boolean up = true;
    try {
      boolean stale = catalog.read().stale();
      response.withData("catalog-service", stale ? "DOWN (serving a stale copy)" : "UP");
      up = !stale;
    } catch (UpstreamUnavailableException e) {
      response.withData("catalog-service", "DOWN: " + e.reason());
      up = false;
    }
    try {
      response.withData("policy-service", "UP (policy version " + policy.current() + ")");
    } catch (UpstreamUnavailableException e) {
      response.withData("policy-service", "DOWN: " + e.reason());
      up = false;
    }
    return response.status(up).build();
  }
}
