package io.canrun.local;

import java.nio.file.Path;

/** {@code deploy/local/start}: starts the stack, prints how to use it, stays until stopped. */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    Path repository = Path.of(System.getProperty("canrun.repo", ".")).toAbsolutePath().normalize();
    StackConfig config;
    try {
      config = StackConfig.fromEnvironment(repository, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("canrun: " + e.getMessage());
      System.exit(64);
      return;
    }
    LocalStack stack = new LocalStack(config, System.out::println);
    // Registered before anything starts: SIGTERM, SIGINT or SIGHUP at any moment, start-up
    // included, stops whatever has been started so far. (Registering it only once the stack was
    // ready left every service running when the signal came during start-up.)
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (stack.startedAnything()) {
                    System.out.println("canrun stopping...");
                  }
                  stack.close();
                },
                "canrun-stop"));
    try {
      stack.launch();
    } catch (LocalStack.StoppedException e) {
      return; // The shutdown hook is stopping everything; the JVM exits when it is done.
    } catch (LocalStack.AlreadyRunningException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    } catch (RuntimeException e) {
      System.err.println("canrun could not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    System.out.println("canrun ready: " + stack.gatewayUrl());
    System.out.println(
        "  try: curl '"
            + stack.gatewayUrl()
            + "/api/v1/answer?model=qwen3.5-397b-a17b&chip=mtt-s5000&destination=CN&precision=FP8'");
    System.out.println(
        "  catalog "
            + stack.catalogUrl()
            + ", policy "
            + stack.policyUrl()
            + ", data and logs in "
            + config.dataDir());
    System.out.println("  Ctrl-C stops everything.");
    stack.awaitClosed();
  }
}
