package io.canrun.gateway.upstream;

import io.canrun.gateway.client.UpstreamException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** An upstream gave no usable answer; {@link #reason()} says why in words a user can read. */
public class UpstreamUnavailableException extends RuntimeException {

  private final String upstream;
  private final String reason;

  public UpstreamUnavailableException(String upstream, String reason) {
    super(reason, null, false, false);
    this.upstream = upstream;
    this.reason = reason;
  }

  /** Names the failure without exposing internals. */
  public static UpstreamUnavailableException of(String upstream, Throwable failure) {
    if (failure instanceof UpstreamUnavailableException known) {
      return known;
    }
    String reason;
    if (failure instanceof UpstreamException upstreamFailure) {
      reason = upstreamFailure.reason();
    } else if (failure instanceof TimeoutException) {
      reason = upstream + " did not answer in time";
    } else if (failure instanceof CircuitBreakerOpenException) {
      reason = upstream + " is failing; calls are paused while its circuit breaker is open";
    } else {
      reason = upstream + " is unavailable";
    }
    return new UpstreamUnavailableException(upstream, reason);
  }

  public String upstream() {
    return upstream;
  }

  public String reason() {
    return reason;
  }
}
