package io.canrun.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the launcher runs for a service: its JVM build ({@code target/quarkus-app/quarkus-run.jar})
 * or, when asked for native executables, the runner {@code ./mvnw -Pnative package} leaves in
 * {@code target/*-runner}.
 *
 * @param repository the checkout holding the built services
 * @param nativeImages whether to run the native executables
 * @param options JVM options, or the native executable's runtime options (-Xmx, -Xmn, ...)
 */
public record Executables(Path repository, boolean nativeImages, String options) {

  /** The command that starts {@code service}, with {@code arguments} before its own options. */
  public List<String> command(String service, List<String> arguments) {
    List<String> command = new ArrayList<>();
    if (nativeImages) {
      command.add(nativeRunner(service).orElseThrow(() -> missing(List.of(service))).toString());
      command.addAll(arguments);
      command.addAll(splitOptions());
    } else {
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(splitOptions());
      command.addAll(arguments);
      command.add("-jar");
      command.add(jar(service).toString());
    }
    return command;
  }

  /**
   * Fails before anything starts when a service has not been built in the requested form, saying
   * how to build it.
   */
  public void requireBuilt(List<String> services) {
    List<String> missing =
        services.stream()
            .filter(
                service ->
                    nativeImages ? nativeRunner(service).isEmpty() : !Files.exists(jar(service)))
            .toList();
    if (!missing.isEmpty()) {
      throw missing(missing);
    }
  }

  private IllegalStateException missing(List<String> services) {
    String names = String.join(", ", services);
    if (!nativeImages) {
      return new IllegalStateException(
          "No JVM build of "
              + names
              + " (target/quarkus-app/quarkus-run.jar); build the services first: "
              + "./mvnw package -DskipTests");
    }
    StringBuilder message =
        new StringBuilder("No native executable of ")
            .append(names)
            .append(" (<service>/target/*-runner). Build each with GraalVM or Mandrel, one at a")
            .append(" time (each takes minutes and several GB of memory):");
    for (String service : services) {
      message
          .append("\n  ./mvnw -B -Pnative package -DskipTests -pl ")
          .append(service)
          .append(" -am -Dquarkus.native.graalvm-home=$GRAALVM_HOME");
    }
    message.append("\nor run bench/native/run, which builds and measures all three.");
    return new IllegalStateException(message.toString());
  }

  private Path jar(String service) {
    return repository.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
  }

  /** The newest {@code *-runner} executable in the service's target directory. */
  private Optional<Path> nativeRunner(String service) {
    Path target = repository.resolve(service).resolve("target");
    if (!Files.isDirectory(target)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith("-runner"))
          .filter(file -> Files.isRegularFile(file) && Files.isExecutable(file))
          .max(Comparator.comparing(Executables::modified));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + target, e);
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> splitOptions() {
    return options.isBlank() ? List.of() : Arrays.asList(options.trim().split("\\s+"));
  }
}
