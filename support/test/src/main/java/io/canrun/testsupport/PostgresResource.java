package io.canrun.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives each Quarkus test application a fresh, empty PostgreSQL database, so Flyway runs the real
 * migrations every time. The server is PostgreSQL 17 started in-process from Maven Central binaries
 * (no Docker) once per JVM, or the server named by {@code CANRUN_TEST_JDBC_URL} (with {@code
 * CANRUN_TEST_DB_USER} / {@code CANRUN_TEST_DB_PASSWORD}) when that is set.
 *
 * <p>Init arg {@code database}: the name prefix of the database to create (default {@code canrun}).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private String prefix = "canrun";
  private String database;

  @Override
  public void init(Map<String, String> initArgs) {
    prefix = initArgs.getOrDefault("database", prefix);
  }

  @Override
  public Map<String, String> start() {
    PostgresServer server = PostgresServer.get();
    database = prefix + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    server.execute("CREATE DATABASE " + database);
    return Map.of(
        "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
        "quarkus.datasource.username", server.user(),
        "quarkus.datasource.password", server.password());
  }

  @Override
  public void stop() {
    if (database != null) {
      PostgresServer.get().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  /** The one server of this JVM: embedded, or external when configured. */
  public static final class PostgresServer {

    private static PostgresServer instance;

    private final String baseUrl;
    private final String user;
    private final String password;

    private PostgresServer(String baseUrl, String user, String password) {
      this.baseUrl = baseUrl;
      this.user = user;
      this.password = password;
    }

    public static synchronized PostgresServer get() {
      if (instance == null) {
        instance = create();
      }
      return instance;
    }

    private static PostgresServer create() {
      String external = System.getenv("CANRUN_TEST_JDBC_URL");
      if (external != null && !external.isBlank()) {
        return new PostgresServer(
            external,
            System.getenv().getOrDefault("CANRUN_TEST_DB_USER", "postgres"),
            System.getenv().getOrDefault("CANRUN_TEST_DB_PASSWORD", ""));
      }
      try {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
        return new PostgresServer(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
      }
    }

    private static void close(EmbeddedPostgres postgres) {
      try {
        postgres.close();
      } catch (IOException e) {
        // The JVM is exiting; the temporary data directory is removed by the OS later.
      }
    }

    /** The JDBC URL of another database on the same server. */
    public String jdbcUrl(String database) {
      int query = baseUrl.indexOf('?');
      String withoutQuery = query < 0 ? baseUrl : baseUrl.substring(0, query);
      String parameters = query < 0 ? "" : baseUrl.substring(query);
      return withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1) + database + parameters;
    }

    public String user() {
      return user;
    }

    public String password() {
      return password;
    }

    public void execute(String sql) {
      try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
          Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException("PostgreSQL refused: " + sql, e);
      }
    }
  }
}
