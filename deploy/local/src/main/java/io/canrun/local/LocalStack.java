package io.canrun.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * canrun on one machine: one PostgreSQL, the catalog and policy services, and the gateway, each a
 * child process of this JVM. {@link #close()} stops them all and releases the lock, so a crashed or
 * interrupted start leaves nothing behind. Used by {@code deploy/local/start} and by the end-to-end
 * tests.
 */
public final class LocalStack implements AutoCloseable {

  static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
  static final Duration STOP_GRACE = Duration.ofSeconds(6);

  private final StackConfig config;
  private final Path lock;
  private final List<ServiceProcess> services = new ArrayList<>();
  private Database database;
  private LocalKeys keys;

  private LocalStack(StackConfig config) {
    this.config = config;
    this.lock = config.dataDir().resolve("canrun.pid");
  }

  /**
   * Starts everything and waits until every service is ready.
   *
   * @throws AlreadyRunningException when another stack uses the same data directory
   */
  public static LocalStack start(StackConfig config) {
    LocalStack stack = new LocalStack(config);
    stack.acquireLock();
    try {
      stack.startAll();
      return stack;
    } catch (RuntimeException e) {
      stack.close();
      throw e;
    }
  }

  private void startAll() {
    database = Database.start(config);
    keys = LocalKeys.in(config.dataDir());
    Path logs = config.dataDir().resolve("logs");
    Map<String, String> common = new LinkedHashMap<>();
    common.put("CANRUN_JWT_PUBLIC_KEY", keys.publicKey().toString());
    common.put("CANRUN_JWT_ISSUER", LocalKeys.ISSUER);

    ServiceProcess catalog =
        startService(
            "catalog-service", config.catalogPort(), withDatabase(common, "catalog"), logs);
    ServiceProcess policy =
        startService("policy-service", config.policyPort(), withDatabase(common, "policy"), logs);
    catalog.awaitReady(READY_TIMEOUT);
    policy.awaitReady(READY_TIMEOUT);
    Map<String, String> gatewayEnv = new LinkedHashMap<>(common);
    gatewayEnv.put("QUARKUS_REST_CLIENT_CATALOG_URL", catalog.url());
    gatewayEnv.put("QUARKUS_REST_CLIENT_POLICY_URL", policy.url());
    startService("gateway", config.gatewayPort(), gatewayEnv, logs).awaitReady(READY_TIMEOUT);
  }

  private Map<String, String> withDatabase(Map<String, String> common, String name) {
    Map<String, String> env = new LinkedHashMap<>(common);
    env.put("QUARKUS_DATASOURCE_JDBC_URL", database.database(name));
    env.put("QUARKUS_DATASOURCE_USERNAME", database.user());
    env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
    return env;
  }

  private ServiceProcess startService(String name, int port, Map<String, String> env, Path logs) {
    Path jar = config.repository().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    ServiceProcess service = ServiceProcess.start(name, jar, port, env, config.javaOptions(), logs);
    services.add(service);
    return service;
  }

  public String gatewayUrl() {
    return service("gateway").url();
  }

  public String catalogUrl() {
    return service("catalog-service").url();
  }

  public String policyUrl() {
    return service("policy-service").url();
  }

  /** A bearer token with {@code roles} signed by this stack's key. */
  public String token(String subject, String... roles) {
    return keys.token(subject, List.of(roles), 12);
  }

  /** Stops one service (for fault tests); the rest keep running. */
  public void stop(String name) {
    service(name).stop(STOP_GRACE);
  }

  /** Process ids of the running children, so a caller can check none outlives the stack. */
  public List<Long> childPids() {
    return services.stream().map(ServiceProcess::pid).toList();
  }

  private ServiceProcess service(String name) {
    return services.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No service " + name));
  }

  /** Stops the gateway first (no new answers), then the services, then the database. */
  @Override
  public synchronized void close() {
    for (int i = services.size() - 1; i >= 0; i--) {
      services.get(i).stop(STOP_GRACE);
    }
    services.clear();
    if (database != null) {
      database.close();
      database = null;
    }
    try {
      Files.deleteIfExists(lock);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not remove " + lock, e);
    }
  }

  private void acquireLock() {
    try {
      Files.createDirectories(config.dataDir());
      Optional<Long> holder = holder();
      if (holder.isPresent()) {
        throw new AlreadyRunningException(
            "canrun is already running from "
                + config.dataDir()
                + " (pid "
                + holder.get()
                + "); stop it first or set CANRUN_DATA_DIR to another directory.");
      }
      Files.writeString(lock, Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + lock, e);
    }
  }

  /** The pid in the lock file if that process is still alive; a stale lock is ignored. */
  private Optional<Long> holder() throws IOException {
    if (!Files.exists(lock)) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(Files.readString(lock).trim());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Another stack holds the data directory. */
  public static final class AlreadyRunningException extends IllegalStateException {
    AlreadyRunningException(String message) {
      super(message);
    }
  }
}
