package io.canrun.testsupport;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/** Signs real RS256 tokens with the test-only key pair in {@code canrun-test-jwt/}. */
public final class TestTokens {

  public static final String ISSUER = "https://canrun.local/test";

  private static PrivateKey privateKey;
  private static Path publicKeyFile;

  private TestTokens() {}

  /** A bearer token for {@code subject} holding {@code roles}. */
  public static String token(String subject, String... roles) {
    return Jwt.issuer(ISSUER)
        .upn(subject)
        .subject(subject)
        .groups(Set.of(roles))
        .expiresIn(Duration.ofHours(1))
        .sign(privateKey());
  }

  /** The Authorization header value for {@link #token}. */
  public static String bearer(String subject, String... roles) {
    return "Bearer " + token(subject, roles);
  }

  /** A token signed by a key the service does not trust. */
  public static String bearerSignedByStranger(String... roles) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return "Bearer "
          + Jwt.issuer(ISSUER)
              .upn("stranger")
              .groups(Set.of(roles))
              .sign(generator.generateKeyPair().getPrivate());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static synchronized Path publicKeyFile() {
    if (publicKeyFile == null) {
      try {
        publicKeyFile = Files.createTempFile("canrun-test-jwt", ".pem");
        Files.writeString(publicKeyFile, resource("canrun-test-jwt/publicKey.pem"));
        publicKeyFile.toFile().deleteOnExit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return publicKeyFile;
  }

  private static synchronized PrivateKey privateKey() {
    if (privateKey == null) {
      String pem =
          resource("canrun-test-jwt/privateKey.pem")
              .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
              .replaceAll("\\s", "");
      try {
        privateKey =
            KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("The test private key is unreadable", e);
      }
    }
    return privateKey;
  }

  private static String resource(String name) {
    try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
