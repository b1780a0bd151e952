package io.canrun.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The stack's PostgreSQL: an embedded server whose data survives restarts, or an external one. It
 * creates each service's database once.
 */
final class Database implements AutoCloseable {

  private final EmbeddedPostgres embedded;
  private final String maintenanceUrl;
  private final String user;
  private final String password;

  private Database(EmbeddedPostgres embedded, String maintenanceUrl, String user, String password) {
    this.embedded = embedded;
    this.maintenanceUrl = maintenanceUrl;
    this.user = user;
    this.password = password;
  }

  static Database start(StackConfig config) {
    if (config.externalDbUrl() != null) {
      return new Database(null, config.externalDbUrl(), config.dbUser(), config.dbPassword());
    }
    try {
      Path data = config.dataDir().resolve("postgres");
      Files.createDirectories(data);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(data)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              .setPort(config.dbPort())
              .start();
      return new Database(postgres, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  /** Creates {@code name} unless it exists, and returns its JDBC URL. */
  String database(String name) {
    try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password);
        PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, name);
      try (ResultSet found = exists.executeQuery()) {
        if (!found.next()) {
          try (Statement create = connection.createStatement()) {
            create.execute("CREATE DATABASE \"" + name + "\"");
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not create database " + name + ": " + e.getMessage(), e);
    }
    int query = maintenanceUrl.indexOf('?');
    String base = query < 0 ? maintenanceUrl : maintenanceUrl.substring(0, query);
    String parameters = query < 0 ? "" : maintenanceUrl.substring(query);
    return base.substring(0, base.lastIndexOf('/') + 1) + name + parameters;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  @Override
  public void close() {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
      }
    }
  }
}
