package io.canrun.gateway.upstream;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a refresh off the request path, at most one at a time: requests that find their copy old
 * trigger it and go on with the copy they have, so revalidation never adds latency.
 */
final class BackgroundRefresh implements AutoCloseable {

  private final ExecutorService executor;
  private final AtomicBoolean running = new AtomicBoolean();

  BackgroundRefresh(String name) {
    executor =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, name);
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Starts {@code refresh} unless one is already running. */
  void trigger(Runnable refresh) {
    if (running.compareAndSet(false, true)) {
      executor.execute(
          () -> {
            try {
              refresh.run();
            } finally {
              running.set(false);
            }
          });
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
