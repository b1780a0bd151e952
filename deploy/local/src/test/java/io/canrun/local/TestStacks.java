package io.canrun.local;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;

/**
 * Stacks for tests: the built services (JVM jars, or native runners under -Pnative) of this
 * checkout, a fresh data directory and free ports, so that parallel builds on one machine do not
 * collide.
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
        StackConfig.DEFAULT_JAVA_OPTIONS,
        // -Pnative sets canrun.native: the same tests then run the native executables.
        Boolean.getBoolean("canrun.native"),
        StackConfig.DEFAULT_NATIVE_OPTIONS);
  }

  /**
   * Waits until the gateway answers a question with a verdict. On a cold stack on a loaded machine
   * the first policy calls can outlast their timeout, and the answer is then UNKNOWN, as it must
   * be; tests that are about what a warm stack answers start after that.
   */
  static void awaitVerdicts(LocalStack stack) {
    awaitWarm(
        () ->
            given()
                .baseUri(stack.gatewayUrl())
                .get("/api/v1/answer?model=llama-3.1-8b&chip=h100-sxm&destination=DE")
                .then()
                .extract()
                .jsonPath()
                .getBoolean("policy.available"));
  }

  /**
   * Polls {@code warm} for up to three minutes, the time a cold stack takes on a loaded machine.
   */
  static void awaitWarm(Callable<Boolean> warm) {
    Awaitility.await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(2))
        .until(warm);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
