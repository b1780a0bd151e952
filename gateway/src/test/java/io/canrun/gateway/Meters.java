package io.canrun.gateway;

import io.micrometer.core.instrument.MeterRegistry;

/** The gateway's counters as the tests read them, by the tags the README documents. */
public final class Meters {

  private Meters() {}

  /** canrun_answers_total{answer, reason}. */
  public static double answers(MeterRegistry registry, String answer, String reason) {
    return registry
        .get("canrun.answers")
        .tag("answer", answer)
        .tag("reason", reason)
        .counter()
        .count();
  }

  /** cache_gets_total{cache, result}. */
  public static double cacheGets(MeterRegistry registry, String cache, String result) {
    return registry.get("cache.gets").tag("cache", cache).tag("result", result).counter().count();
  }
}
