package io.canrun.web.http;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds a body sent without a declared length (chunked) to the same limit as {@link
 * RequestSizeLimit}: reading stops once it passes the limit, and {@link RequestSizeLimit} answers
 * the {@link BodyTooLargeException} with a 413 problem document. Vert.x's own {@code
 * quarkus.http.limits.max-body-size} stays above the limit only as a transport backstop; were it
 * lower, Vert.x would refuse declared lengths first, with an empty 413.
 */
@Provider
public class StreamedBodyLimit implements ReaderInterceptor {

  private final long maxBodyBytes;

  public StreamedBodyLimit(
      @ConfigProperty(name = RequestSizeLimit.LIMIT, defaultValue = RequestSizeLimit.DEFAULT_LIMIT)
          MemorySize maxBodySize) {
    this.maxBodyBytes = maxBodySize.asLongValue();
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    context.setInputStream(new Bounded(context.getInputStream(), maxBodyBytes));
    return context.proceed();
  }

  /** Counts what is read and refuses to go past the limit. */
  static final class Bounded extends FilterInputStream {

    private final long limit;
    private long read;

    Bounded(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLargeException {
      read += n;
      if (read > limit) {
        throw new BodyTooLargeException(limit);
      }
    }
  }
}
