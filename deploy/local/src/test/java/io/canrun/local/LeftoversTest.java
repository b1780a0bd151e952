package io.canrun.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new start stops what a killed launcher left running for its data directory — and nothing else:
 * not the processes of another data directory, not one whose directory merely shares a prefix, not
 * a PostgreSQL serving some other cluster.
 */
class LeftoversTest {

  @TempDir Path temp;
  private final List<Process> spawned = new ArrayList<>();

  @AfterEach
  void killWhatIsLeft() {
    spawned.forEach(Process::destroyForcibly);
  }

  @Test
  void findsAndStopsOnlyTheServicesOfItsOwnDataDirectory() throws IOException {
    Path data = temp.resolve("data");
    Process mine = idle(Leftovers.ownerArguments(data, "catalog-service"));
    Process alsoMine = idle(Leftovers.ownerArguments(data, "gateway"));
    Process otherDirectory = idle(Leftovers.ownerArguments(temp.resolve("other"), "gateway"));
    Process prefixSibling = idle(Leftovers.ownerArguments(temp.resolve("data2"), "gateway"));
    Process subdirectory = idle(Leftovers.ownerArguments(data.resolve("sub"), "gateway"));
    Process unmarked = idle(List.of("catalog-service"));

    Leftovers leftovers = new Leftovers(data);
    assertThat(leftovers.services())
        .extracting(ProcessHandle::pid)
        .containsExactlyInAnyOrder(mine.pid(), alsoMine.pid());

    assertThat(leftovers.stop())
        .containsExactlyInAnyOrder(
            "catalog-service (pid " + mine.pid() + ")", "gateway (pid " + alsoMine.pid() + ")");
    assertThat(mine.isAlive()).isFalse();
    assertThat(alsoMine.isAlive()).isFalse();
    assertThat(List.of(otherDirectory, prefixSibling, subdirectory, unmarked))
        .allSatisfy(process -> assertThat(process.isAlive()).isTrue());
    assertThat(leftovers.services()).isEmpty();
  }

  @Test
  void theDataDirectoryIsComparedAfterNormalising() throws IOException {
    Path data = temp.resolve("data");
    Process mine = idle(Leftovers.ownerArguments(temp.resolve("x/../data"), "policy-service"));

    assertThat(new Leftovers(data).services())
        .extracting(ProcessHandle::pid)
        .containsExactly(mine.pid());
  }

  @Test
  void stopsTheDatabaseNamedInPostmasterPidOnlyWhenItServesThisDirectory() throws Exception {
    Path data = temp.resolve("data");
    Path postgresData = data.resolve("postgres");
    Files.createDirectories(postgresData);
    Process elsewhere = idle(List.of("-D", temp.resolve("other/postgres").toString()));
    writePostmasterPid(postgresData, elsewhere.pid());
    assertThat(new Leftovers(data).database()).isEmpty();
    assertThat(new Leftovers(data).stop()).isEmpty();
    assertThat(elsewhere.isAlive()).isTrue();

    Process server = idle(List.of("-D", postgresData.toString(), "-p", "5432"));
    writePostmasterPid(postgresData, server.pid());
    assertThat(new Leftovers(data).stop()).containsExactly("PostgreSQL (pid " + server.pid() + ")");
    assertThat(server.isAlive()).isFalse();
  }

  @Test
  void aPostmasterPidOfAFinishedProcessOrGarbageIsIgnored() throws Exception {
    Path postgresData = temp.resolve("data/postgres");
    Files.createDirectories(postgresData);
    Process finished = new ProcessBuilder("true").start();
    assertThat(finished.waitFor(10, TimeUnit.SECONDS)).isTrue();
    writePostmasterPid(postgresData, finished.pid());
    assertThat(new Leftovers(temp.resolve("data")).database()).isEmpty();

    Files.writeString(postgresData.resolve("postmaster.pid"), "not a pid\n");
    assertThat(new Leftovers(temp.resolve("data")).database()).isEmpty();
  }

  /** A process that idles until stopped, with {@code arguments} on its command line. */
  private Process idle(List<String> arguments) throws IOException {
    List<String> command = new ArrayList<>(List.of("bash", "-c", "while :; do sleep 0.2; done"));
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).start();
    spawned.add(process);
    return process;
  }

  private static void writePostmasterPid(Path postgresData, long pid) throws IOException {
    // The first two lines of PostgreSQL's postmaster.pid: the pid and the data directory.
    Files.writeString(postgresData.resolve("postmaster.pid"), pid + "\n" + postgresData + "\n");
  }
}
