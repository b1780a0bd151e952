package io.canrun.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.canrun.web.problem.Problem;
import io.canrun.web.problem.ProblemType;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an over-long request target (414) or an over-large header block (431) with a problem
 * document, like every other error. The HTTP codec rejects requests beyond its own limits before
 * any route or filter runs, with an empty body that cannot be changed (quarkusio/quarkus#55082). So
 * this module raises the codec limits ({@code META-INF/microprofile-config.properties}: 64 KiB
 * each) well above canrun's, and this handler, the first route of every service, enforces canrun's
 * limits itself. Only requests beyond the raised codec limits still get the codec's bare answer.
 */
@ApplicationScoped
public class RequestHeadLimits {

  private final ObjectMapper json;
  private final int maxTargetLength;
  private final int maxHeaderBytes;

  public RequestHeadLimits(
      ObjectMapper json,
      @ConfigProperty(name = "canrun.http.max-uri-length", defaultValue = "4096")
          int maxTargetLength,
      @ConfigProperty(name = "canrun.http.max-header-bytes", defaultValue = "20480")
          int maxHeaderBytes) {
    this.json = json;
    this.maxTargetLength = maxTargetLength;
    this.maxHeaderBytes = maxHeaderBytes;
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::check);
  }

  void check(RoutingContext context) {
    String target = context.request().uri();
    if (target.length() > maxTargetLength) {
      refuse(
          context,
          ProblemType.URI_TOO_LONG,
          "The request target has "
              + target.length()
              + " characters; the limit is "
              + maxTargetLength
              + ". Send long inputs in a POST body.");
      return;
    }
    int headerBytes = headerBytes(context.request().headers());
    if (headerBytes > maxHeaderBytes) {
      refuse(
          context,
          ProblemType.HEADERS_TOO_LARGE,
          "The request headers take "
              + headerBytes
              + " bytes; the limit is "
              + maxHeaderBytes
              + ".");
      return;
    }
    context.next();
  }

  /** Header lines as sent: name, ": ", value and CRLF, so the count matches the wire. */
  static int headerBytes(MultiMap headers) {
    int bytes = 0;
    for (Map.Entry<String, String> header : headers) {
      bytes += header.getKey().length() + header.getValue().length() + 4;
    }
    return bytes;
  }

  private void refuse(RoutingContext context, ProblemType type, String detail) {
    String path = context.request().path();
    String instance = path == null || path.length() > 200 ? null : path;
    Problem problem = Problem.of(type, detail, instance);
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A problem document could not be written", e);
    }
    context
        .response()
        .setStatusCode(type.status())
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .putHeader("Connection", "close")
        .end(body);
  }
}
