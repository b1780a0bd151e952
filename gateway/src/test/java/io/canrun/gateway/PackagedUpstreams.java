package io.canrun.gateway;

import io.canrun.launch.Executables;
import io.canrun.launch.ServiceProcess;
import io.canrun.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real catalog-service and policy-service as the gateway's upstreams: their packaged builds —
 * the JVM jars, or the native executables under {@code -Pnative} — started as processes on free
 * ports, each on a fresh database of the test PostgreSQL, which their own migrations and seed
 * import fill. Their logs are in {@code target/upstream-logs}.
 */
public class PackagedUpstreams implements QuarkusTestResourceLifecycleManager {

  private static final Duration READY = Duration.ofMinutes(5);
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);

  private static volatile String catalogUrl;

  private final List<ServiceProcess> services = new ArrayList<>();
  private final List<PostgresResource> databases = new ArrayList<>();

  @Override
  public Map<String, String> start() {
    Path repository = Path.of(System.getProperty("canrun.repo", "..")).toAbsolutePath().normalize();
    boolean nativeImages = Boolean.getBoolean("canrun.native");
    Executables executables =
        new Executables(
            repository, nativeImages, nativeImages ? "-Xmx128m" : "-Xmx256m -XX:+UseSerialGC");
    executables.requireBuilt(List.of("catalog-service", "policy-service"));
    ServiceProcess catalog = start(executables, "catalog-service", "catalog");
    ServiceProcess policy = start(executables, "policy-service", "policy");
    catalog.awaitReady(READY);
    policy.awaitReady(READY);
    catalogUrl = catalog.url();
    return Map.of(
        "quarkus.rest-client.catalog.url", catalog.url(),
        "quarkus.rest-client.policy.url", policy.url());
  }

  /** Where the running catalog-service listens, for tests that compare with it. */
  public static String catalogUrl() {
    return catalogUrl;
  }

  private ServiceProcess start(Executables executables, String service, String database) {
    PostgresResource postgres = new PostgresResource();
    postgres.init(Map.of("database", database));
    databases.add(postgres);
    // The datasource settings go on the command line as system properties, which both the JVM
    // and a native executable read.
    List<String> settings =
        postgres.start().entrySet().stream()
            .map(e -> "-D" + e.getKey() + "=" + e.getValue())
            .toList();
    ServiceProcess process =
        ServiceProcess.start(
            service,
            executables.command(service, settings),
            freePort(),
            Map.of(),
            Path.of("target/upstream-logs"));
    services.add(process);
    return process;
  }

  @Override
  public void stop() {
    services.forEach(service -> service.stop(STOP_GRACE));
    databases.forEach(PostgresResource::stop);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
