package io.canrun.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * {@code <data>/canrun.pid}: which launcher owns a data directory. It records the owner's pid and
 * start time, so a lock left by a launcher that died (or whose pid the system has since given to
 * another program) is recognised as stale and taken over instead of blocking the next start.
 */
final class StackLock {

  private final Path dataDir;
  private final Path file;
  private boolean held;

  StackLock(Path dataDir) {
    this.dataDir = dataDir;
    this.file = dataDir.resolve("canrun.pid");
  }

  /**
   * Takes the lock for this process.
   *
   * @throws LocalStack.AlreadyRunningException when a live launcher holds it
   */
  synchronized void acquire() {
    try {
      Files.createDirectories(dataDir);
      for (int attempt = 0; attempt < 2; attempt++) {
        try {
          Files.writeString(
              file,
              describe(ProcessHandle.current()),
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE);
          held = true;
          return;
        } catch (FileAlreadyExistsException e) {
          Optional<ProcessHandle> owner = liveOwner();
          if (owner.isPresent()) {
            throw new LocalStack.AlreadyRunningException(
                "canrun is already running from "
                    + dataDir
                    + " (pid "
                    + owner.get().pid()
                    + "); stop it first or set CANRUN_DATA_DIR to another directory.");
          }
          // Stale: its launcher is gone. Remove it and try once more (another launcher may win).
          Files.deleteIfExists(file);
        }
      }
      throw new LocalStack.AlreadyRunningException(
          "Another canrun launcher took " + file + " at the same moment; try again.");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }

  /** Whether this process owns the lock. */
  synchronized boolean held() {
    return held;
  }

  /** Removes the lock if this process holds it; never touches another launcher's lock. */
  synchronized void release() {
    if (!held) {
      return;
    }
    try {
      Files.deleteIfExists(file);
      held = false;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not remove " + file, e);
    }
  }

  /** The launcher named in the lock file, if it is still that same process. */
  Optional<ProcessHandle> liveOwner() throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    String[] fields = Files.readString(file, StandardCharsets.UTF_8).trim().split("\\s+");
    try {
      long pid = Long.parseLong(fields[0]);
      Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
      if (fields.length < 2 || process.isEmpty()) {
        return process;
      }
      long startedAt = Long.parseLong(fields[1]);
      return process.filter(
          p -> p.info().startInstant().map(s -> s.toEpochMilli() == startedAt).orElse(true));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String describe(ProcessHandle process) {
    return process.pid()
        + process.info().startInstant().map(start -> " " + start.toEpochMilli()).orElse("")
        + "\n";
  }
}
