package io.canrun.gateway.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Hits and misses of one of the gateway's caches, as {@code cache_gets_total{cache, result}} (the
 * names Micrometer's own cache binders use). Counted where the cache is read rather than through
 * Caffeine's statistics recorder, which would make Caffeine pick another generated cache class at
 * run time.
 */
public final class CacheMeters {

  private final Counter hits;
  private final Counter misses;

  public CacheMeters(MeterRegistry registry, String cache) {
    this.hits = counter(registry, cache, "hit");
    this.misses = counter(registry, cache, "miss");
  }

  /** One lookup, found or not. */
  public void looked(boolean found) {
    (found ? hits : misses).increment();
  }

  private static Counter counter(MeterRegistry registry, String cache, String result) {
    return Counter.builder("cache.gets")
        .description("Lookups in one of the gateway's caches, by result")
        .tag("cache", cache)
        .tag("result", result)
        .register(registry);
  }
}
