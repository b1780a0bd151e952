package io.canrun.web.precondition;

import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP: a resource's {@code version} is its strong ETag, and a write must
 * prove with {@code If-Match} that it saw the current version.
 */
public final class EntityVersions {

  private EntityVersions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * Returns the version named by an {@code If-Match} header, or answers 428 when it is missing and
   * 400 when it is not a version this service issued.
   */
  public static long requiredVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "Send If-Match with the ETag you last read; it protects against lost updates.");
    }
    String value = ifMatch.trim();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ProblemException.invalidParameter(
          "If-Match", "must be an ETag this service returned, e.g. \"3\"");
    }
  }

  /** Answers 412 unless the client's version is the current one. */
  public static void requireCurrent(String ifMatch, long currentVersion) {
    long expected = requiredVersion(ifMatch);
    if (expected != currentVersion) {
      throw stale(expected, currentVersion);
    }
  }

  public static ProblemException stale(long expected, long current) {
    return new ProblemException(
        ProblemType.STALE_VERSION,
        "If-Match names version "
            + expected
            + " but the current version is "
            + current
            + "; read it again and reapply your change.");
  }
}
