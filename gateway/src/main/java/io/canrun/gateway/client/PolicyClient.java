package io.canrun.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks policy-service for verdicts. An evaluation is a POST but has no side effect, so one retry is
 * safe. Callers treat every {@link UpstreamException} as "no verdict": the gateway fails closed.
 */
@ApplicationScoped
public class PolicyClient {

  static final String UPSTREAM = "policy-service";

  private final PolicyApi api;

  public PolicyClient(@RestClient PolicyApi api) {
    this.api = api;
  }

  /** A few pairs, on the path of one answer: a short timeout keeps the answer prompt. */
  @Timeout(2000)
  @Retry(maxRetries = 1, delay = 50, abortOn = UpstreamRejectedException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.5,
      delay = 5000,
      successThreshold = 2,
      skipOn = UpstreamRejectedException.class)
  @Bulkhead(32)
  public EvaluationResponse evaluate(EvaluationRequest request) {
    return usable(UpstreamCalls.call(UPSTREAM, () -> api.evaluate(request)));
  }

  /** Thousands of pairs for /options and /matrix: the same breaker rules, a longer timeout. */
  @Timeout(20000)
  @Retry(maxRetries = 1, delay = 50, abortOn = UpstreamRejectedException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.5,
      delay = 5000,
      successThreshold = 2,
      skipOn = UpstreamRejectedException.class)
  @Bulkhead(4)
  public EvaluationResponse evaluateBatch(EvaluationRequest request) {
    return usable(UpstreamCalls.call(UPSTREAM, () -> api.evaluate(request)));
  }

  @Timeout(1000)
  @Retry(maxRetries = 1, delay = 50, abortOn = UpstreamRejectedException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.5,
      delay = 5000,
      successThreshold = 2,
      skipOn = UpstreamRejectedException.class)
  public long currentVersion() {
    return UpstreamCalls.call(UPSTREAM, () -> api.currentVersion()).version();
  }

  /** One chip's class and figures; the thresholds chart asks once per catalog chip. */
  @Timeout(2000)
  @Retry(maxRetries = 1, delay = 50, abortOn = UpstreamRejectedException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.5,
      delay = 5000,
      successThreshold = 2,
      skipOn = UpstreamRejectedException.class)
  @Bulkhead(16)
  public ClassificationResult classify(ClassificationRequest request) {
    ClassificationResult result = UpstreamCalls.call(UPSTREAM, () -> api.classify(request));
    if (result == null || result.eccnClass() == null) {
      throw new UpstreamException(UPSTREAM, "answered a classification without a class", null);
    }
    return result;
  }

  /** The thresholds in force on {@code asOf}, as policy-service stores them. */
  @Timeout(2000)
  @Retry(maxRetries = 1, delay = 50, abortOn = UpstreamRejectedException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.5,
      delay = 5000,
      successThreshold = 2,
      skipOn = UpstreamRejectedException.class)
  public ClassificationCriteria criteria(LocalDate asOf) {
    ClassificationCriteria criteria = UpstreamCalls.call(UPSTREAM, () -> api.criteria(asOf));
    if (criteria == null || criteria.criteria() == null || criteria.criteria().contains(null)) {
      throw new UpstreamException(UPSTREAM, "answered without a usable list of criteria", null);
    }
    return criteria;
  }

  /**
   * A 200 whose body has no results list, or holes in it, is no verdict: it fails like any other
   * upstream failure (counted by the breaker, answered UNKNOWN) instead of surfacing as a 500.
   */
  private static EvaluationResponse usable(EvaluationResponse response) {
    if (response == null
        || response.results() == null
        || response.results().stream()
            .anyMatch(r -> r == null || (r.regimes() != null && r.regimes().contains(null)))) {
      throw new UpstreamException(UPSTREAM, "answered without a usable list of results", null);
    }
    return response;
  }
}
