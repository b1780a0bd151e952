package io.canrun.gateway.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;

/** Turns the REST client's exceptions into the gateway's two upstream failure kinds. */
final class UpstreamCalls {

  private UpstreamCalls() {}

  static <T> T call(String upstream, Supplier<T> call) {
    try {
      return call.get();
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status >= 400 && status < 500) {
        throw new UpstreamRejectedException(upstream, "refused the request with HTTP " + status);
      }
      throw new UpstreamException(upstream, "answered HTTP " + status, e);
    } catch (ProcessingException e) {
      throw new UpstreamException(upstream, "could not be reached (" + rootMessage(e) + ")", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? "no detail" : message;
  }
}
