package io.canrun.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code deploy/local/start} stopped while it builds: the build and everything it forked stop with
 * it, and the half-done build is redone by the next start. The real script runs in a copy of the
 * repository layout whose {@code mvnw} is a stand-in build — a process tree that runs until stopped
 * — so the test needs no real build inside the one running it.
 */
class StartScriptTest {

  private static final Path SCRIPT =
      Path.of(System.getProperty("canrun.repo", "../..")).resolve("deploy/local/start");

  @TempDir Path repo;
  private final List<Long> buildProcesses = new ArrayList<>();

  @AfterEach
  void killWhatIsLeft() {
    buildProcesses.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
  }

  @ParameterizedTest(name = "SIG{0} during the build")
  @CsvSource({"TERM, 143", "INT, 130", "HUP, 129"})
  void aSignalDuringTheBuildStopsTheWholeBuild(String signal, int exitCode) throws Exception {
    Path pids =
        standInRepository(
            "sleep 300 & first=$!; sleep 300 & second=$!; echo $$ $first $second >> \"$PIDS\"; wait");
    Process start = start(pids);
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> readPids(pids).size() == 3);
    assertThat(buildProcesses).allSatisfy(pid -> assertThat(alive(pid)).isTrue());

    signal(start.pid(), signal);

    assertThat(start.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(start.exitValue()).isEqualTo(exitCode);
    // The script has waited for the build's shell; its forks got the signal at the same moment.
    Awaitility.await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> assertThat(buildProcesses).allSatisfy(pid -> assertThat(alive(pid)).isFalse()));
    assertThat(repo.resolve("deploy/local/target/start-build-incomplete")).exists();
  }

  @Test
  void anInterruptedBuildIsRedone() throws Exception {
    Path pids = standInRepository("echo $$ >> \"$PIDS\"; sleep 300 & wait");
    // Every artefact is present: only the interrupted build makes the next start rebuild.
    for (String artefact :
        List.of(
            "deploy/local/target/canrun-local.jar",
            "catalog-service/target/quarkus-app/quarkus-run.jar",
            "policy-service/target/quarkus-app/quarkus-run.jar",
            "gateway/target/quarkus-app/quarkus-run.jar")) {
      Files.createDirectories(repo.resolve(artefact).getParent());
      Files.writeString(repo.resolve(artefact), "stand-in");
    }
    Process first = start(pids, "CANRUN_REBUILD", "1");
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !readPids(pids).isEmpty());
    signal(first.pid(), "TERM");
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

    writeStandInBuild("echo $$ >> \"$PIDS\"");
    Process second = start(pids);
    // It then runs the stand-in launcher jar, which the JVM rejects; the build is what counts.
    assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(readPids(pids)).hasSize(2);
    assertThat(repo.resolve("deploy/local/target/start-build-incomplete")).doesNotExist();
  }

  /** Copies the real script and writes a stand-in {@code mvnw} that appends its pids to a file. */
  private Path standInRepository(String build) throws IOException {
    Path script = repo.resolve("deploy/local/start");
    Files.createDirectories(script.getParent());
    Files.copy(SCRIPT, script);
    writeStandInBuild(build);
    return repo.resolve("build.pids");
  }

  private void writeStandInBuild(String build) throws IOException {
    Path mvnw = repo.resolve("mvnw");
    Files.writeString(mvnw, "#!/usr/bin/env bash\n" + build + "\n");
    Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwx------"));
  }

  private Process start(Path pids, String... env) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", repo.resolve("deploy/local/start").toString())
            .redirectErrorStream(true)
            .redirectOutput(repo.resolve("start.log").toFile());
    builder.environment().put("PIDS", pids.toString());
    for (int i = 0; i + 1 < env.length; i += 2) {
      builder.environment().put(env[i], env[i + 1]);
    }
    return builder.start();
  }

  /** The pids the stand-in build wrote, remembered so they are killed even if the test fails. */
  private List<Long> readPids(Path pids) throws IOException {
    if (!Files.exists(pids)) {
      return List.of();
    }
    List<Long> read = new ArrayList<>();
    for (String field : Files.readString(pids).trim().split("\\s+")) {
      if (!field.isEmpty()) {
        read.add(Long.parseLong(field));
      }
    }
    buildProcesses.clear();
    buildProcesses.addAll(read);
    return read;
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static void signal(long pid, String signal) throws Exception {
    Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(pid)).start();
    assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(kill.exitValue()).isZero();
  }
}
