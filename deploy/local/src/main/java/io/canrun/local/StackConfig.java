package io.canrun.local;

import io.canrun.launch.Executables;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the local stack keeps its state, which ports it uses and what it runs. From the
 * environment: {@code CANRUN_DATA_DIR} (default ~/.canrun), {@code CANRUN_CATALOG_PORT} / {@code
 * CANRUN_POLICY_PORT} / {@code CANRUN_GATEWAY_PORT} (8081/8082/8080), {@code CANRUN_DB_PORT}
 * (54329, embedded database), {@code CANRUN_DB_URL} / {@code CANRUN_DB_USER} / {@code
 * CANRUN_DB_PASSWORD} (an external PostgreSQL instead of the embedded one), {@code
 * CANRUN_JAVA_OPTS} (the services' JVM options), {@code CANRUN_NATIVE=1} (run the native
 * executables instead) and {@code CANRUN_NATIVE_OPTS} (their runtime options).
 *
 * @param repository the checkout whose built services are started
 * @param externalDbUrl JDBC URL of an existing server's maintenance database, or null
 * @param nativeExecutables run {@code target/*-runner} instead of the JVM builds
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
    String javaOptions,
    boolean nativeExecutables,
    String nativeOptions) {

  static final String DEFAULT_JAVA_OPTIONS = "-Xmx256m -XX:+UseSerialGC";
  static final String DEFAULT_NATIVE_OPTIONS = "-Xmx256m";

  static StackConfig fromEnvironment(Path repository, Map<String, String> env) {
    Path home = Path.of(System.getProperty("user.home"));
    return new StackConfig(
        repository,
        Path.of(env.getOrDefault("CANRUN_DATA_DIR", home.resolve(".canrun").toString()))
            .toAbsolutePath()
            .normalize(),
        port(env, "CANRUN_CATALOG_PORT", 8081),
        port(env, "CANRUN_POLICY_PORT", 8082),
        port(env, "CANRUN_GATEWAY_PORT", 8080),
        port(env, "CANRUN_DB_PORT", 54329),
        blankToNull(env.get("CANRUN_DB_URL")),
        env.getOrDefault("CANRUN_DB_USER", "postgres"),
        env.getOrDefault("CANRUN_DB_PASSWORD", ""),
        env.getOrDefault("CANRUN_JAVA_OPTS", DEFAULT_JAVA_OPTIONS),
        flag(env, "CANRUN_NATIVE"),
        env.getOrDefault("CANRUN_NATIVE_OPTS", DEFAULT_NATIVE_OPTIONS));
  }

  Executables executables() {
    return new Executables(
        repository, nativeExecutables, nativeExecutables ? nativeOptions : javaOptions);
  }

  /**
   * Each port the stack will bind, keyed by the variable that moves it (the database port only when
   * the database is embedded).
   */
  Map<String, Integer> portsByVariable() {
    Map<String, Integer> ports = new LinkedHashMap<>();
    if (externalDbUrl == null) {
      ports.put("CANRUN_DB_PORT", dbPort);
    }
    ports.put("CANRUN_CATALOG_PORT", catalogPort);
    ports.put("CANRUN_POLICY_PORT", policyPort);
    ports.put("CANRUN_GATEWAY_PORT", gatewayPort);
    return ports;
  }

  private static boolean flag(Map<String, String> env, String name) {
    String value = env.getOrDefault(name, "").trim();
    if (value.isEmpty() || value.equals("0") || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equals("1") || value.equalsIgnoreCase("true")) {
      return true;
    }
    throw new IllegalArgumentException(name + " must be 1 or 0, got '" + value + "'");
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
