package io.canrun.gateway.upstream;

import io.canrun.gateway.client.PolicyClient;
import io.canrun.gateway.config.GatewayConfig;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Knows which policy version is current, so verdicts can be cached per version. The version is
 * rechecked in the background while fresh; once it is older than {@code version-max-age}, or the
 * last check failed, it is checked on the request path and a failure means "no verdict".
 */
@ApplicationScoped
public class PolicyVersions {

  private final PolicyClient client;
  private final GatewayConfig.Policy config;
  private final Clock clock;
  private final BackgroundRefresh refresher = new BackgroundRefresh("policy-version-refresh");

  private volatile long version = -1;
  private volatile Instant confirmedAt = Instant.EPOCH;
  private volatile boolean lastCheckFailed = true;

  public PolicyVersions(PolicyClient client, GatewayConfig config, Clock clock) {
    this.client = client;
    this.config = config.policy();
    this.clock = clock;
  }

  /**
   * The current version.
   *
   * @throws UpstreamUnavailableException when policy-service cannot confirm it
   */
  public long current() {
    Duration age = Duration.between(confirmedAt, clock.instant());
    if (!lastCheckFailed && age.compareTo(config.versionMaxAge()) <= 0) {
      if (age.compareTo(config.versionCheckAfter()) > 0) {
        refresher.trigger(this::checkQuietly);
      }
      return version;
    }
    return check();
  }

  /**
   * The version a question asked for, or the current one when it named none.
   *
   * @throws UpstreamUnavailableException when the current version is needed and cannot be confirmed
   */
  public long resolve(Long requested) {
    return requested != null ? requested : current();
  }

  /** Whether policy-service answered the last version check. */
  public boolean healthy() {
    return !lastCheckFailed;
  }

  private long check() {
    try {
      long current = client.currentVersion();
      version = current;
      confirmedAt = clock.instant();
      lastCheckFailed = false;
      return current;
    } catch (RuntimeException e) {
      lastCheckFailed = true;
      throw UpstreamUnavailableException.of("policy-service", e);
    }
  }

  private void checkQuietly() {
    try {
      check();
    } catch (UpstreamUnavailableException e) {
      Log.warnf(
          "Policy version check failed; answers are UNKNOWN until it succeeds: %s", e.reason());
    }
  }

  @PreDestroy
  void stop() {
    refresher.close();
  }
}
