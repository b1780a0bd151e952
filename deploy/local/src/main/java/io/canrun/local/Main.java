package io.canrun.local;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** {@code deploy/local/start}: starts the stack, prints how to use it, stays until Ctrl-C. */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    Path repository = Path.of(System.getProperty("canrun.repo", ".")).toAbsolutePath().normalize();
    StackConfig config;
    LocalStack stack;
    try {
      config = StackConfig.fromEnvironment(repository, System.getenv());
      stack = LocalStack.start(config);
    } catch (LocalStack.AlreadyRunningException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    } catch (RuntimeException e) {
      System.err.println("canrun could not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("canrun stopping...");
                  stack.close();
                  stopped.countDown();
                }));
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
    stopped.await();
  }
}
