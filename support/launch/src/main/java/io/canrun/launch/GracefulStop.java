package io.canrun.launch;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How the launcher ends a process it is responsible for: SIGTERM, so a service closes its
 * connections and PostgreSQL shuts down cleanly, then SIGKILL for whatever is still alive after the
 * grace period. Signals go to all processes first and the waits overlap, so stopping three services
 * takes one grace period, not three.
 */
public final class GracefulStop {

  private static final Duration AFTER_KILL = Duration.ofSeconds(5);

  private GracefulStop() {}

  public static void stop(ProcessHandle process, Duration grace) {
    stopAll(List.of(process), grace);
  }

  public static void stopAll(List<ProcessHandle> processes, Duration grace) {
    processes.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + grace.toNanos();
    for (ProcessHandle process : processes) {
      if (!awaitExit(process, Math.max(0, deadline - System.nanoTime()))) {
        process.destroyForcibly();
        awaitExit(process, AFTER_KILL.toNanos());
      }
    }
  }

  private static boolean awaitExit(ProcessHandle process, long nanos) {
    try {
      process.onExit().get(nanos, TimeUnit.NANOSECONDS);
      return true;
    } catch (TimeoutException e) {
      return !process.isAlive();
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      // Keep stopping: a launcher asked to stop must not leave a child behind because its own
      // thread was interrupted. The flag is restored for the caller.
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return false;
    }
  }
}
