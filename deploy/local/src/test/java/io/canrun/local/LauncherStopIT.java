package io.canrun.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code deploy/local/start} exactly as a user runs it, told to stop at several moments of its
 * start-up: whatever it has started by then — PostgreSQL, the services — is stopped, no port stays
 * bound and the data directory is free again. A launcher killed outright (SIGKILL) cannot clean up;
 * the next start on the same data directory must do it. Runs after {@code package}, against the JVM
 * builds, or the native executables with {@code -Pnative}.
 */
class LauncherStopIT {

  private static final Path REPOSITORY =
      Path.of(System.getProperty("canrun.repo", "../..")).toAbsolutePath().normalize();
  private static final boolean NATIVE = Boolean.getBoolean("canrun.native");
  private static final Duration START_UP = Duration.ofMinutes(6);
  private static final Duration STOPPING = Duration.ofSeconds(60);

  @TempDir Path data;
  private Map<String, Integer> ports;
  private final List<Launcher> launched = new ArrayList<>();

  @BeforeEach
  void choosePorts() throws IOException {
    ports =
        Map.of(
            "CANRUN_DB_PORT", freePort(),
            "CANRUN_CATALOG_PORT", freePort(),
            "CANRUN_POLICY_PORT", freePort(),
            "CANRUN_GATEWAY_PORT", freePort());
  }

  @AfterEach
  void killAnythingATestLeft() {
    launched.forEach(Launcher::killTree);
    processesOfThisDataDirectory().forEach(ProcessHandle::destroyForcibly);
  }

  /** Moments the launcher announces: while PostgreSQL starts, while the services start, ready. */
  @ParameterizedTest(name = "SIG{1} after \"{0}\"")
  @CsvSource({
    "Starting PostgreSQL, TERM, 143",
    "Started catalog-service, TERM, 143",
    "Started policy-service, TERM, 143",
    // Ctrl-C in a terminal signals the whole foreground process group, services included.
    "canrun ready, INT, 130"
  })
  void stopsCleanlyWhenSignalledAfter(String announcement, String signal, int exitCode)
      throws Exception {
    Launcher launcher = launch();
    launcher.awaitOutput(line -> line.startsWith(announcement));

    assertStopsCleanly(launcher, signal, exitCode);
  }

  /** The case seen in use: the gateway logs "started", the launcher still awaits its readiness. */
  @Test
  void sigtermRightAfterTheGatewayReportsStarted() throws Exception {
    Launcher launcher = launch();
    Path gatewayLog = data.resolve("logs/gateway.log");
    Awaitility.await()
        .atMost(START_UP)
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> Files.exists(gatewayLog) && Files.readString(gatewayLog).contains("started in"));

    assertStopsCleanly(launcher, "TERM", 143);
  }

  /** Ends with SIGTERM right after ready, the other moment a user stops the stack. */
  @Test
  void aKilledLauncherLeavesNothingThatBlocksTheNextStart() throws Exception {
    Launcher first = launch();
    first.awaitOutput(line -> line.startsWith("canrun ready"));
    first.signal("KILL");
    assertThat(first.process.waitFor(STOPPING.toSeconds(), TimeUnit.SECONDS)).isTrue();
    List<ProcessHandle> orphans = processesOfThisDataDirectory();
    assertThat(orphans).as("what SIGKILL leaves: the services and PostgreSQL").hasSize(4);

    Launcher second = launch();
    second.awaitOutput(line -> line.startsWith("canrun ready"));
    assertThat(second.output()).anyMatch(line -> line.startsWith("Stopped what an earlier start"));
    assertThat(orphans).allSatisfy(orphan -> assertThat(orphan.isAlive()).isFalse());
    HttpResponse<String> ready =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + ports.get("CANRUN_GATEWAY_PORT")
                                + "/q/health/ready"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(ready.statusCode()).isEqualTo(200);

    assertStopsCleanly(second, "TERM", 143);
  }

  private void assertStopsCleanly(Launcher launcher, String signal, int exitCode) throws Exception {
    List<ProcessHandle> started = launcher.descendants();
    launcher.signal(signal);

    assertThat(launcher.process.waitFor(STOPPING.toSeconds(), TimeUnit.SECONDS))
        .as("the launcher exits; its output:%n%s", String.join("\n", launcher.output()))
        .isTrue();
    assertThat(launcher.process.exitValue()).isEqualTo(exitCode);
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              assertThat(started).allSatisfy(child -> assertThat(child.isAlive()).isFalse());
              assertThat(processesOfThisDataDirectory()).isEmpty();
            });
    assertThat(ports)
        .allSatisfy((variable, port) -> assertThat(listening(port)).as(variable).isFalse());
    assertThat(data.resolve("canrun.pid")).doesNotExist();
  }

  /** Every process whose command line names this test's data directory (services, PostgreSQL). */
  private List<ProcessHandle> processesOfThisDataDirectory() {
    String directory = data.toString();
    return ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().map(line -> line.contains(directory)).orElse(false))
        .toList();
  }

  private Launcher launch() throws IOException {
    Path script = REPOSITORY.resolve("deploy/local/start");
    assertThat(REPOSITORY.resolve("deploy/local/target/canrun-local.jar"))
        .as("the launcher is packaged before this test runs, so the script builds nothing")
        .exists();
    // setsid: its own session and process group, as in a terminal, so Ctrl-C can be imitated.
    ProcessBuilder builder =
        new ProcessBuilder("setsid", script.toString()).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("CANRUN_DATA_DIR", data.toString());
    ports.forEach((variable, port) -> env.put(variable, Integer.toString(port)));
    env.put("CANRUN_NATIVE", NATIVE ? "1" : "0");
    env.remove("CANRUN_REBUILD");
    env.remove("CANRUN_DB_URL");
    Launcher launcher = new Launcher(builder.start());
    launched.add(launcher);
    return launcher;
  }

  /** Whether anything accepts connections on {@code port} (services bind all addresses). */
  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The running script (then the launcher JVM it becomes), its output read as it comes. */
  private static final class Launcher {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    Launcher(Process process) {
      this.process = process;
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              },
              "launcher-output");
      reader.setDaemon(true);
      reader.start();
    }

    void awaitOutput(Predicate<String> wanted) {
      Awaitility.await()
          .atMost(START_UP)
          .pollInterval(Duration.ofMillis(20))
          .failFast("the launcher exited", () -> !process.isAlive())
          .until(() -> lines.stream().anyMatch(wanted));
    }

    List<String> output() {
      return List.copyOf(lines);
    }

    List<ProcessHandle> descendants() {
      return process.toHandle().descendants().toList();
    }

    /** Sends {@code signal} as a terminal would: INT to the whole group, others to the launcher. */
    void signal(String signal) throws Exception {
      String target = signal.equals("INT") ? "-" + process.pid() : Long.toString(process.pid());
      Process kill = new ProcessBuilder("kill", "-s", signal, "--", target).start();
      assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(kill.exitValue()).isZero();
    }

    void killTree() {
      process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }
}
