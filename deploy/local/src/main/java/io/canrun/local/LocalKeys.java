package io.canrun.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * The local stack's signing key pair (RSA 2048, created once in {@code <data>/keys}) and tokens
 * signed with it, so a user can call the write APIs locally. Never used outside the local stack.
 */
final class LocalKeys {

  static final String ISSUER = "https://canrun.local";

  private final Path publicKey;
  private final Path privateKey;

  private LocalKeys(Path directory) {
    this.publicKey = directory.resolve("jwt-public.pem");
    this.privateKey = directory.resolve("jwt-private.pem");
  }

  static LocalKeys in(Path dataDir) {
    Path directory = dataDir.resolve("keys");
    LocalKeys keys = new LocalKeys(directory);
    if (!Files.exists(keys.privateKey)) {
      keys.generate(directory);
    }
    return keys;
  }

  Path publicKey() {
    return publicKey;
  }

  /** A token for {@code subject} with {@code roles}, valid for {@code hours}. */
  String token(String subject, List<String> roles, int hours) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setSubject(subject);
    claims.setClaim("upn", subject);
    claims.setStringListClaim("groups", roles);
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(hours * 60f);
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setKey(readPrivateKey());
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("Could not sign a token", e);
    }
  }

  private void generate(Path directory) {
    try {
      Files.createDirectories(directory);
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
      Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
      Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the key pair to " + directory, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private PrivateKey readPrivateKey() {
    try {
      String body =
          Files.readString(privateKey, StandardCharsets.US_ASCII)
              .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
              .replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + privateKey, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(privateKey + " is not an RSA private key", e);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
