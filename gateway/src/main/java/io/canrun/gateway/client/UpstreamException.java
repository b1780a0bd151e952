package io.canrun.gateway.client;

/**
 * An upstream service could not give an answer: unreachable, too slow, or failing. Counted by the
 * circuit breaker and retried where the call is idempotent.
 */
public class UpstreamException extends RuntimeException {

  private final String upstream;

  public UpstreamException(String upstream, String reason, Throwable cause) {
    super(upstream + ": " + reason, cause);
    this.upstream = upstream;
  }

  public String upstream() {
    return upstream;
  }

  /** What went wrong, in words a user can read; never a stack trace. */
  public String reason() {
    return getMessage();
  }
}
