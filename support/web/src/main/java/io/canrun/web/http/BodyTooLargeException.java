package io.canrun.web.http;

import java.io.IOException;

/**
 * A body went past the request-body limit while it was read. An {@link IOException} on purpose:
 * Jackson passes I/O failures through unchanged, where it would wrap any other exception thrown
 * inside a read into a mapping error (a 400 instead of the 413 this is).
 */
public class BodyTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  private final long limit;

  public BodyTooLargeException(long limit) {
    super("The body is over the limit of " + limit + " bytes", null);
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
