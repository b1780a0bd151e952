package io.canrun.local;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack keeps its state and which ports it uses. From the environment: {@code
 * CANRUN_DATA_DIR} (default ~/.canrun), {@code CANRUN_CATALOG_PORT} / {@code CANRUN_POLICY_PORT} /
 * {@code CANRUN_GATEWAY_PORT} (8081/8082/8080), {@code CANRUN_DB_PORT} (54329, embedded database),
 * {@code CANRUN_DB_URL} / {@code CANRUN_DB_USER} / {@code CANRUN_DB_PASSWORD} (an external
 * PostgreSQL instead of the embedded one) and {@code CANRUN_JAVA_OPTS} (the services' JVM options).
 *
 * @param repository the checkout whose built services are started
 * @param externalDbUrl JDBC URL of an existing server's maintenance database, or null
 */
public record StackConfig(
    Path repository,
    Path dataDir,
    int catalogPort,
    int policyPort,
    int gatewayPort,
    int dbPort,
    String externalDbUrl,
    String dbUser,
    String dbPassword,
    String javaOptions) {

  static final String DEFAULT_JAVA_OPTIONS = "-Xmx256m -XX:+UseSerialGC";

  static StackConfig fromEnvironment(Path repository, Map<String, String> env) {
    Path home = Path.of(System.getProperty("user.home"));
    return new StackConfig(
        repository,
        Path.of(env.getOrDefault("CANRUN_DATA_DIR", home.resolve(".canrun").toString())),
        port(env, "CANRUN_CATALOG_PORT", 8081),
        port(env, "CANRUN_POLICY_PORT", 8082),
        port(env, "CANRUN_GATEWAY_PORT", 8080),
        port(env, "CANRUN_DB_PORT", 54329),
        blankToNull(env.get("CANRUN_DB_URL")),
        env.getOrDefault("CANRUN_DB_USER", "postgres"),
        env.getOrDefault("CANRUN_DB_PASSWORD", ""),
        env.getOrDefault("CANRUN_JAVA_OPTS", DEFAULT_JAVA_OPTIONS));
  }

  private static int port(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException(name + " must be a port between 1 and 65535");
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a port number, got '" + value + "'");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
