package io.canrun.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the gateway trusts what it has read from its upstreams. */
@ConfigMapping(prefix = "canrun.gateway")
public interface GatewayConfig {

  Catalog catalog();

  Policy policy();

  /**
   * Rendered answers kept for repeated questions (a few KB each). An entry is keyed by the
   * question, the law date, the catalog revision and the policy version, so a change to any of them
   * is a miss; answers without a policy verdict or from a stale catalog are never kept.
   */
  @WithDefault("2000")
  long answerCacheSize();

  interface Catalog {
    /** After this, the next request triggers a background revalidation (a 304 when unchanged). */
    @WithDefault("PT2S")
    Duration refreshAfter();

    /** Answers built on a catalog copy not confirmed for this long are marked {@code stale}. */
    @WithDefault("PT30S")
    Duration staleAfter();
  }

  interface Policy {
    /** After this, the next request re-reads the current policy version in the background. */
    @WithDefault("PT1S")
    Duration versionCheckAfter();

    /**
     * Cached verdicts of the current version are used only while the version was confirmed within
     * this window; past it, the gateway asks synchronously and, if policy-service does not answer,
     * fails closed (UNKNOWN).
     */
    @WithDefault("PT5S")
    Duration versionMaxAge();

    /** Verdicts kept per (item, destination, end user, origin, date, version). */
    @WithDefault("200000")
    long verdictCacheSize();
  }
}
