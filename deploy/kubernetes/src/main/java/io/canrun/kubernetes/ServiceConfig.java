package io.canrun.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a canrun service reads from its environment, derived from its configuration files (the
 * settings every service shares, then its own application.properties): each property key (profile
 * prefix such as {@code %test.} removed) in MicroProfile Config's environment form, every {@code
 * ${NAME:default}} reference inside a value, and a short list of variables read by the container
 * runtime rather than by Quarkus.
 */
public record ServiceConfig(String name, int httpPort, Set<String> envNames) {

  /** The three services, as named by their module directory and image repository. */
  public static final List<String> SERVICES =
      List.of("catalog-service", "policy-service", "gateway");

  /**
   * Read by the ubi9 OpenJDK image's run-java.sh launcher, which JVM images start with; a native
   * executable reads neither, so they are allowed only for JVM images.
   *
   * <ul>
   *   <li>{@code JAVA_OPTS_APPEND}: extra JVM flags (canrun sets -XX:+ExitOnOutOfMemoryError).
   *   <li>{@code JAVA_MAX_MEM_RATIO}: heap as a percentage of the container memory limit.
   * </ul>
   */
  public static final Set<String> JVM_RUNTIME_ENV =
      Set.of("JAVA_OPTS_APPEND", "JAVA_MAX_MEM_RATIO");

  /**
   * Read by Quarkus itself though no property in the files names them: {@code QUARKUS_PROFILE}
   * selects the configuration profile. Everything else Quarkus reads (QUARKUS_HTTP_PORT,
   * QUARKUS_DATASOURCE_*) already comes from the keys in application.properties, so a service
   * without a datasource (the gateway) rejects QUARKUS_DATASOURCE_JDBC_URL.
   */
  public static final Set<String> QUARKUS_RUNTIME_ENV = Set.of("QUARKUS_PROFILE");

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)(?::[^}]*)?}");
  private static final Pattern PROFILE_PREFIX = Pattern.compile("^%[^.]+\\.");

  /** The settings every service shares, shipped in canrun-web-support. */
  public static final String SHARED_CONFIG =
      "support/web/src/main/resources/META-INF/microprofile-config.properties";

  /**
   * Reads {@link #SHARED_CONFIG} and {@code <repoRoot>/<service>/src/main/resources/
   * application.properties}, the service's own settings overriding the shared ones.
   */
  public static ServiceConfig load(Path repoRoot, String service) {
    Path file = repoRoot.resolve(service).resolve("src/main/resources/application.properties");
    Properties properties = new Properties();
    read(repoRoot.resolve(SHARED_CONFIG), properties);
    read(file, properties);
    Set<String> env = new TreeSet<>(QUARKUS_RUNTIME_ENV);
    for (String key : properties.stringPropertyNames()) {
      env.add(envName(PROFILE_PREFIX.matcher(key).replaceFirst("")));
      Matcher matcher = REFERENCE.matcher(properties.getProperty(key));
      while (matcher.find()) {
        env.add(envName(matcher.group(1)));
      }
    }
    String port = properties.getProperty("quarkus.http.port");
    if (port == null) {
      throw new IllegalStateException(file + " does not set quarkus.http.port");
    }
    return new ServiceConfig(
        service, Integer.parseInt(port.trim()), Collections.unmodifiableSet(env));
  }

  private static void read(Path file, Properties into) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      into.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** All three services of the repository, by name. */
  public static Map<String, ServiceConfig> loadAll(Path repoRoot) {
    Map<String, ServiceConfig> out = new LinkedHashMap<>();
    for (String service : SERVICES) {
      out.put(service, load(repoRoot, service));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * MicroProfile Config's environment name for a property: every character other than a letter or
   * digit becomes {@code _}, then upper case ({@code quarkus.rest-client.catalog.url} → {@code
   * QUARKUS_REST_CLIENT_CATALOG_URL}).
   */
  public static String envName(String property) {
    StringBuilder out = new StringBuilder(property.length());
    for (char c : property.toCharArray()) {
      out.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  /** Whether a container of this service, JVM or native, may set {@code env}. */
  public boolean reads(String env, boolean nativeImage) {
    return envNames.contains(env) || (!nativeImage && JVM_RUNTIME_ENV.contains(env));
  }
}
