package io.canrun.policy.rest;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who made a write, for the audit log: the JWT subject. */
final class Actors {

  private Actors() {}

  static String of(SecurityIdentity identity) {
    if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
      return jwt.getSubject();
    }
    return identity.getPrincipal().getName();
  }
}
