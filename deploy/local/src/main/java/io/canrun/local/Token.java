package io.canrun.local;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** {@code deploy/local/token ROLE...}: prints a 12-hour bearer token for the local stack. */
public final class Token {

  private static final List<String> ROLES = List.of("catalog-editor", "policy-admin");

  private Token() {}

  public static void main(String[] args) {
    if (args.length == 0 || !ROLES.containsAll(Arrays.asList(args))) {
      System.err.println(
          "usage: deploy/local/token ROLE... (roles: " + String.join(", ", ROLES) + ")");
      System.exit(64);
    }
    StackConfig config = StackConfig.fromEnvironment(Path.of("."), System.getenv());
    System.out.println(LocalKeys.in(config.dataDir()).token("local-admin", List.of(args), 12));
  }
}
