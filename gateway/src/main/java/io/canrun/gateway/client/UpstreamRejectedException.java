package io.canrun.gateway.client;

/**
 * An upstream answered but refused the request (4xx). Not a sign the upstream is unhealthy, so the
 * circuit breaker ignores it and nothing retries it.
 */
public class UpstreamRejectedException extends UpstreamException {

  public UpstreamRejectedException(String upstream, String reason) {
    super(upstream, reason, null);
  }
}
