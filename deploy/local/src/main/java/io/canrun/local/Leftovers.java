package io.canrun.local;

import io.canrun.launch.GracefulStop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Processes a launcher on the same data directory started and could not stop, because it was killed
 * outright (SIGKILL, a crash, a closed terminal). They hold the ports and the database files, so a
 * new start stops them first. Only processes provably started for <em>this</em> data directory are
 * touched: services carry {@link #ownerArguments} on their command line, and the embedded
 * PostgreSQL is the one named in its {@code postmaster.pid} whose {@code -D} is this directory's
 * database.
 */
final class Leftovers {

  static final String OWNER_PROPERTY = "canrun.local.data-dir";
  static final String SERVICE_PROPERTY = "canrun.local.service";
  private static final Duration GRACE = Duration.ofSeconds(10);

  private final Path dataDir;

  Leftovers(Path dataDir) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
  }

  /**
   * The arguments every service started for {@code dataDir} carries: system properties no service
   * reads, there to recognise it later.
   */
  static List<String> ownerArguments(Path dataDir, String service) {
    return List.of(ownerArgument(dataDir), "-D" + SERVICE_PROPERTY + "=" + service);
  }

  private static String ownerArgument(Path dataDir) {
    return "-D" + OWNER_PROPERTY + "=" + dataDir.toAbsolutePath().normalize();
  }

  /** Services left running for this data directory. */
  List<ProcessHandle> services() {
    String owner = ownerArgument(dataDir);
    long self = ProcessHandle.current().pid();
    return ProcessHandle.allProcesses()
        .filter(process -> process.pid() != self)
        .filter(process -> hasArgument(process, owner))
        .toList();
  }

  /** The embedded PostgreSQL still serving this data directory's database, if any. */
  Optional<ProcessHandle> database() {
    Path postgresData = dataDir.resolve("postgres");
    Path pidFile = postgresData.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      long pid = Long.parseLong(lines.get(0).trim());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(process -> servesDirectory(process, postgresData));
    } catch (IOException | RuntimeException e) {
      // Unreadable or half-written: PostgreSQL itself decides at start whether it is stale.
      return Optional.empty();
    }
  }

  /**
   * Stops every leftover, services before the database they are connected to.
   *
   * @return one line per process stopped, for the user
   */
  List<String> stop() {
    List<String> stopped = new ArrayList<>();
    List<ProcessHandle> services = services();
    for (ProcessHandle service : services) {
      stopped.add(describe(service));
    }
    GracefulStop.stopAll(services, GRACE);
    database()
        .ifPresent(
            postgres -> {
              stopped.add(describe(postgres));
              GracefulStop.stop(postgres, GRACE);
            });
    return stopped;
  }

  private static boolean hasArgument(ProcessHandle process, String argument) {
    return process
        .info()
        .arguments()
        .map(args -> Arrays.asList(args).contains(argument))
        .orElse(false);
  }

  private static boolean servesDirectory(ProcessHandle process, Path directory) {
    String[] args = process.info().arguments().orElse(new String[0]);
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("-D")
          && Path.of(args[i + 1]).toAbsolutePath().normalize().equals(directory)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(ProcessHandle process) {
    String prefix = "-D" + SERVICE_PROPERTY + "=";
    String name =
        Arrays.stream(process.info().arguments().orElse(new String[0]))
            .filter(arg -> arg.startsWith(prefix))
            .map(arg -> arg.substring(prefix.length()))
            .findFirst()
            .orElse("PostgreSQL");
    return name + " (pid " + process.pid() + ")";
  }
}
