package io.canrun.web.problem;

import jakarta.ws.rs.core.Response.Status;

/**
 * Every kind of problem a canrun service reports. The {@link #uri()} is part of the API contract:
 * clients branch on it, so a constant is never renamed.
 */
public enum ProblemType {
  VALIDATION_FAILED("validation-failed", "Invalid input", Status.BAD_REQUEST),
  MALFORMED_BODY("malformed-body", "Malformed request body", Status.BAD_REQUEST),
  INVALID_PARAMETER("invalid-parameter", "Invalid parameter", Status.BAD_REQUEST),
  INVALID_EXPRESSION("invalid-expression", "Invalid rule expression", Status.BAD_REQUEST),
  UNAUTHENTICATED("unauthenticated", "Authentication required", Status.UNAUTHORIZED),
  FORBIDDEN("forbidden", "Not allowed", Status.FORBIDDEN),
  NOT_FOUND("not-found", "Not found", Status.NOT_FOUND),
  METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", Status.METHOD_NOT_ALLOWED),
  NOT_ACCEPTABLE("not-acceptable", "Not acceptable", Status.NOT_ACCEPTABLE),
  CONFLICT("conflict", "Conflict", Status.CONFLICT),
  STALE_VERSION("stale-version", "Stale version", Status.PRECONDITION_FAILED),
  PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", Status.REQUEST_ENTITY_TOO_LARGE),
  URI_TOO_LONG("uri-too-long", "URI too long", 414),
  HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", 431),
  UNSUPPORTED_MEDIA_TYPE(
      "unsupported-media-type", "Unsupported media type", Status.UNSUPPORTED_MEDIA_TYPE),
  PRECONDITION_REQUIRED("precondition-required", "If-Match required", 428),
  UPSTREAM_UNAVAILABLE(
      "upstream-unavailable", "Dependency unavailable", Status.SERVICE_UNAVAILABLE),
  HTTP_ERROR("http-error", "HTTP error", Status.BAD_REQUEST),
  INTERNAL_ERROR("internal-error", "Internal error", Status.INTERNAL_SERVER_ERROR);

  private static final String URI_PREFIX = "urn:canrun:problem:";

  private final String slug;
  private final String title;
  private final int status;

  ProblemType(String slug, String title, Status status) {
    this(slug, title, status.getStatusCode());
  }

  ProblemType(String slug, String title, int status) {
    this.slug = slug;
    this.title = title;
    this.status = status;
  }

  public String uri() {
    return URI_PREFIX + slug;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public int status() {
    return status;
  }
}
