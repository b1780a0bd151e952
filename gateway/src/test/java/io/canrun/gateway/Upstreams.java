package io.canrun.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Stand-ins for catalog-service and policy-service on loopback ports: the catalog serves canned
 * pages cut from the real seed data, the policy answers are set per test. Tests reach the servers
 * through {@link #catalog()} and {@link #policy()} to inject faults.
 */
public class Upstreams implements QuarkusTestResourceLifecycleManager {

  private static WireMockServer catalog;
  private static WireMockServer policy;

  public static WireMockServer catalog() {
    return catalog;
  }

  public static WireMockServer policy() {
    return policy;
  }

  @Override
  public Map<String, String> start() {
    // Fixed ports (chosen free) so a test can stop a server and start it again where it was.
    catalog = new WireMockServer(wireMockConfig().port(freePort()));
    policy = new WireMockServer(wireMockConfig().port(freePort()));
    catalog.start();
    policy.start();
    serveCatalog();
    return Map.of(
        "quarkus.rest-client.catalog.url", catalog.baseUrl(),
        "quarkus.rest-client.policy.url", policy.baseUrl());
  }

  /** The canned catalog, as catalog-service would answer with size=500. */
  public static void serveCatalog() {
    catalog.resetAll();
    for (String collection : new String[] {"chips", "systems", "models", "compatibility"}) {
      catalog.stubFor(
          get(urlPathEqualTo("/api/v1/" + collection))
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "application/json")
                      .withHeader("ETag", "\"r1\"")
                      .withBody(resource("stubs/" + collection + ".json"))));
    }
  }

  @Override
  public void stop() {
    catalog.stop();
    policy.stop();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String name) {
    try (InputStream in = Upstreams.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
