package io.canrun.local;

import io.canrun.launch.GracefulStop;
import io.canrun.launch.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * canrun on one machine: one PostgreSQL, the catalog and policy services, and the gateway, each a
 * child process of this JVM. {@link #close()} may be called at any moment — from a shutdown hook
 * while {@link #launch()} is still starting things on another thread — and stops everything started
 * so far; nothing is started after it. A start first stops what a launcher killed outright left
 * running for the same data directory ({@link Leftovers}). Used by {@code deploy/local/start} and
 * by the end-to-end tests.
 */
public final class LocalStack implements AutoCloseable {

  static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
  static final Duration STOP_GRACE = Duration.ofSeconds(6);
  static final List<String> SERVICES = List.of("catalog-service", "policy-service", "gateway");

  private final StackConfig config;
  private final Consumer<String> progress;
  private final StackLock lock;
  private final CountDownLatch stopped = new CountDownLatch(1);
  // Guarded by this: what has been started, and whether close() has begun.
  private final List<ServiceProcess> services = new ArrayList<>();
  private Database database;
  private boolean closed;
  private LocalKeys keys;

  LocalStack(StackConfig config, Consumer<String> progress) {
    this.config = config;
    this.progress = progress;
    this.lock = new StackLock(config.dataDir());
  }

  /**
   * Starts everything and waits until every service is ready.
   *
   * @throws AlreadyRunningException when another stack uses the same data directory
   */
  public static LocalStack start(StackConfig config) {
    LocalStack stack = new LocalStack(config, message -> {});
    stack.launch();
    return stack;
  }

  /**
   * Starts everything and waits until every service is ready. On failure, or when {@link #close()}
   * is called meanwhile, it stops what it started and throws ({@link StoppedException} in the
   * second case).
   */
  void launch() {
    try {
      config.executables().requireBuilt(SERVICES);
      lock.acquire();
      List<String> leftovers = new Leftovers(config.dataDir()).stop();
      if (!leftovers.isEmpty()) {
        progress.accept(
            "Stopped what an earlier start on "
                + config.dataDir()
                + " left running: "
                + String.join(", ", leftovers));
      }
      FreePorts.require(config.portsByVariable());
      startAll();
    } catch (RuntimeException e) {
      boolean stoppedMeanwhile = isClosed();
      close();
      throw stoppedMeanwhile ? new StoppedException(e) : e;
    }
  }

  private void startAll() {
    synchronized (this) {
      ensureOpen();
      progress.accept("Starting PostgreSQL...");
      database = Database.start(config);
      keys = LocalKeys.in(config.dataDir());
    }
    Map<String, String> common = new LinkedHashMap<>();
    common.put("CANRUN_JWT_PUBLIC_KEY", keys.publicKey().toString());
    common.put("CANRUN_JWT_ISSUER", LocalKeys.ISSUER);

    ServiceProcess catalog =
        startService("catalog-service", config.catalogPort(), withDatabase(common, "catalog"));
    ServiceProcess policy =
        startService("policy-service", config.policyPort(), withDatabase(common, "policy"));
    awaitReady(catalog);
    awaitReady(policy);
    Map<String, String> gatewayEnv = new LinkedHashMap<>(common);
    gatewayEnv.put("QUARKUS_REST_CLIENT_CATALOG_URL", catalog.url());
    gatewayEnv.put("QUARKUS_REST_CLIENT_POLICY_URL", policy.url());
    awaitReady(startService("gateway", config.gatewayPort(), gatewayEnv));
  }

  private synchronized Map<String, String> withDatabase(Map<String, String> common, String name) {
    ensureOpen();
    Map<String, String> env = new LinkedHashMap<>(common);
    env.put("QUARKUS_DATASOURCE_JDBC_URL", database.database(name));
    env.put("QUARKUS_DATASOURCE_USERNAME", database.user());
    env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
    return env;
  }

  private synchronized ServiceProcess startService(String name, int port, Map<String, String> env) {
    ensureOpen();
    List<String> command =
        config.executables().command(name, Leftovers.ownerArguments(config.dataDir(), name));
    Path logs = config.dataDir().resolve("logs");
    ServiceProcess service = ServiceProcess.start(name, command, port, env, logs);
    services.add(service);
    progress.accept("Started " + name + " (pid " + service.pid() + ", log " + service.log() + ")");
    return service;
  }

  private void awaitReady(ServiceProcess service) {
    long started = System.nanoTime();
    service.awaitReady(READY_TIMEOUT);
    progress.accept(
        String.format(
            "%s ready at %s (%.1f s)",
            service.name(), service.url(), (System.nanoTime() - started) / 1e9));
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
  public synchronized List<Long> childPids() {
    return services.stream().map(ServiceProcess::pid).toList();
  }

  private synchronized ServiceProcess service(String name) {
    return services.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No service " + name));
  }

  /** Whether anything has been started that {@link #close()} will stop. */
  synchronized boolean startedAnything() {
    return database != null || !services.isEmpty();
  }

  /**
   * Stops every service (the gateway first, so no new answers start), then the database, and
   * releases the data directory. Safe to call at any moment and more than once; when it returns,
   * nothing this stack started is running.
   */
  @Override
  public synchronized void close() {
    closed = true;
    try {
      List<ProcessHandle> running = new ArrayList<>();
      for (int i = services.size() - 1; i >= 0; i--) {
        running.add(services.get(i).handle());
      }
      GracefulStop.stopAll(running, STOP_GRACE);
      services.clear();
      if (database != null) {
        Database started = database;
        database = null;
        started.close();
      }
    } finally {
      lock.release();
      stopped.countDown();
    }
  }

  /** Blocks until {@link #close()} has stopped everything. */
  void awaitClosed() throws InterruptedException {
    stopped.await();
  }

  private synchronized boolean isClosed() {
    return closed;
  }

  private void ensureOpen() {
    if (closed) {
      throw new StoppedException(null);
    }
  }

  /** Another stack holds the data directory. */
  public static final class AlreadyRunningException extends IllegalStateException {
    AlreadyRunningException(String message) {
      super(message);
    }
  }

  /** {@link #close()} was called while the stack was starting. */
  public static final class StoppedException extends IllegalStateException {
    StoppedException(Throwable cause) {
      super("canrun was stopped while starting", cause);
    }
  }
}
