package io.canrun.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Makes the application under test verify tokens with the test key pair. Needed for
 * {@code @QuarkusIntegrationTest}s, which run the packaged app in the prod profile where {@code
 * %test} settings do not apply.
 */
public class JwtKeysResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return Map.of(
        "mp.jwt.verify.publickey.location",
        TestTokens.publicKeyFile().toUri().toString(),
        "mp.jwt.verify.issuer",
        TestTokens.ISSUER);
  }

  @Override
  public void stop() {
    // Nothing to release: the key file lives in the JVM's temporary directory.
  }
}
