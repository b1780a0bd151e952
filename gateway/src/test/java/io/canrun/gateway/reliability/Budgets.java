package io.canrun.gateway.reliability;

import io.canrun.gateway.client.CatalogClient;
import io.canrun.gateway.client.PolicyClient;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Time budgets derived from the fault-tolerance annotations on the upstream clients and their
 * configured overrides (the {@code %test} profile shortens the timeouts), so the reliability tests
 * assert the bound the code promises rather than a number picked by hand.
 *
 * <p>One guarded call costs at most {@code (maxRetries + 1) × timeout + maxRetries × (delay +
 * jitter)}. An answer makes at most two policy calls on its path (the version check, then the
 * evaluation). Catalog revalidation runs in the background and adds nothing, as long as the copy is
 * not left idle beyond {@code stale-after} (these tests keep it busy).
 */
final class Budgets {

  /** Scheduling, JSON and the engine on a busy 2-core machine. */
  static final long SLACK_MS = 1_000;

  private Budgets() {}

  /** The longest one guarded call to {@code method} can take, retries included. */
  static long callMs(Class<?> client, String method) {
    Method m = method(client, method);
    Retry retry = m.getAnnotation(Retry.class);
    long attempts = retry == null ? 1 : retry.maxRetries() + 1L;
    long pauses = retry == null ? 0 : retry.maxRetries() * (retry.delay() + retry.jitter());
    return attempts * timeoutMs(client, method) + pauses;
  }

  /** The configured timeout of one attempt: the override if set, else the annotation. */
  static long timeoutMs(Class<?> client, String method) {
    long annotated = method(client, method).getAnnotation(Timeout.class).value();
    return ConfigProvider.getConfig()
        .getOptionalValue(client.getName() + "/" + method + "/Timeout/value", Long.class)
        .orElse(annotated);
  }

  /** How long a circuit breaker stays open before it lets a trial call through. */
  static long breakerDelayMs(Class<?> client, String method) {
    return method(client, method).getAnnotation(CircuitBreaker.class).delay();
  }

  /** The most an /answer may take when policy-service misbehaves: version check + evaluation. */
  static long answerMs() {
    return callMs(PolicyClient.class, "currentVersion")
        + callMs(PolicyClient.class, "evaluate")
        + SLACK_MS;
  }

  /** The most /options or /matrix may take: version check + one batched evaluation. */
  static long batchMs() {
    return callMs(PolicyClient.class, "currentVersion")
        + callMs(PolicyClient.class, "evaluateBatch")
        + SLACK_MS;
  }

  /** How long one catalog read attempt may take. */
  static long catalogTimeoutMs() {
    return timeoutMs(CatalogClient.class, "read");
  }

  private static Method method(Class<?> client, String name) {
    return Arrays.stream(client.getDeclaredMethods())
        .filter(m -> m.getName().equals(name) && m.isAnnotationPresent(Timeout.class))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(client + " has no guarded " + name));
  }
}
