package io.canrun.gateway.question;

import io.canrun.gateway.upstream.PolicyVersions;
import io.canrun.gateway.upstream.UpstreamUnavailableException;

/**
 * The policy version a question is judged under, pinned once per request — or, when the current
 * version could not be confirmed, why there is none (the answer then fails closed).
 *
 * @param version the pinned version; null exactly when {@code unavailable} says why there is none
 */
public record PolicyPin(Long version, String unavailable) {

  /** The version asked for, or the current one; never a network call when one was asked for. */
  static PolicyPin resolve(PolicyVersions versions, Long requested) {
    try {
      return new PolicyPin(versions.resolve(requested), null);
    } catch (UpstreamUnavailableException e) {
      return new PolicyPin(null, e.reason());
    }
  }

  public boolean pinned() {
    return version != null;
  }
}
