package io.canrun.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stacks for tests: the built services of this checkout, a fresh data directory and free ports, so
 * that parallel builds on one machine do not collide.
 */
final class TestStacks {

  private TestStacks() {}

  static StackConfig fresh(String name) throws IOException {
    Path repository = Path.of(System.getProperty("canrun.repo", "../..")).toAbsolutePath();
    return new StackConfig(
        repository,
        Files.createTempDirectory(name),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        null,
        "postgres",
        "",
        StackConfig.DEFAULT_JAVA_OPTIONS);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
