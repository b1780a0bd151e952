package io.canrun.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data directory's lock: a live launcher blocks a second start, a dead one never does. */
class StackLockTest {

  @TempDir Path data;

  @Test
  void aLiveHolderBlocksASecondStart() {
    StackLock first = new StackLock(data);
    first.acquire();

    assertThatThrownBy(() -> new StackLock(data).acquire())
        .isInstanceOf(LocalStack.AlreadyRunningException.class)
        .hasMessageContaining("pid " + ProcessHandle.current().pid());
    assertThat(first.held()).isTrue();
  }

  @Test
  void aLockLeftByADeadLauncherIsTakenOver() throws Exception {
    Process finished = new ProcessBuilder("true").start();
    assertThat(finished.waitFor(10, TimeUnit.SECONDS)).isTrue();
    Files.writeString(data.resolve("canrun.pid"), finished.pid() + "\n");

    StackLock lock = new StackLock(data);
    lock.acquire();

    assertThat(lock.held()).isTrue();
    assertThat(Files.readString(data.resolve("canrun.pid")))
        .startsWith(ProcessHandle.current().pid() + " ");
  }

  @Test
  void aLockWhosePidNowBelongsToAnotherProgramIsStale() throws Exception {
    // The pid is alive, but it started at another time than the launcher that wrote the lock.
    long pid = ProcessHandle.current().pid();
    long startedAt = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
    Files.writeString(data.resolve("canrun.pid"), pid + " " + (startedAt - 60_000) + "\n");

    StackLock lock = new StackLock(data);
    lock.acquire();

    assertThat(lock.held()).isTrue();
  }

  @Test
  void garbageInTheLockFileIsStale() throws Exception {
    Files.writeString(data.resolve("canrun.pid"), "\n");

    StackLock lock = new StackLock(data);
    lock.acquire();

    assertThat(lock.held()).isTrue();
  }

  @Test
  void releaseRemovesOnlyALockThisProcessHolds() throws Exception {
    StackLock holder = new StackLock(data);
    holder.acquire();
    StackLock refused = new StackLock(data);
    assertThatThrownBy(refused::acquire).isInstanceOf(LocalStack.AlreadyRunningException.class);

    refused.release();
    assertThat(data.resolve("canrun.pid")).exists();

    holder.release();
    assertThat(data.resolve("canrun.pid")).doesNotExist();
  }
}
