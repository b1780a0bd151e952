package io.canrun.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as a child process (a JVM or a native executable), its log in a file. */
public final class ServiceProcess {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;

  private ServiceProcess(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /** Starts {@code command} with {@code env}, appending its output to {@code <logs>/<name>.log}. */
  public static ServiceProcess start(
      String name, List<String> command, int port, Map<String, String> env, Path logs) {
    try {
      Files.createDirectories(logs);
      Path log = logs.resolve(name + ".log");
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(env);
      builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
      builder.redirectErrorStream(true);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      return new ServiceProcess(name, port, log, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + name, e);
    }
  }

  public String url() {
    return "http://localhost:" + port;
  }

  public String name() {
    return name;
  }

  /** Waits until {@code /q/health/ready} answers 200, or fails naming the log to read. */
  public void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
            .timeout(Duration.ofSeconds(2))
            .build();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with code " + process.exitValue() + "; see " + log);
      }
      try {
        if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for " + name, e);
      }
      pause();
    }
    throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
  }

  /** Asks the service to exit (SIGTERM), then forces it after {@code grace}. */
  public void stop(Duration grace) {
    GracefulStop.stop(process.toHandle(), grace);
  }

  public ProcessHandle handle() {
    return process.toHandle();
  }

  public Path log() {
    return log;
  }

  public long pid() {
    return process.pid();
  }

  private static void pause() {
    try {
      TimeUnit.MILLISECONDS.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
