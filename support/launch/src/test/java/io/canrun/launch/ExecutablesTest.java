package io.canrun.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which artefact a service runs from, and what a user is told when it has not been built. */
class ExecutablesTest {

  @TempDir Path repo;

  @Test
  void theJvmBuildRunsItsQuarkusRunJarWithTheOptionsBeforeTheArguments() throws IOException {
    Path jar = file("gateway/target/quarkus-app/quarkus-run.jar", false);
    Executables jvm = new Executables(repo, false, " -Xmx64m  -XX:+UseSerialGC ");

    jvm.requireBuilt(List.of("gateway"));
    assertThat(jvm.command("gateway", List.of("-Dmarker=1")))
        .containsExactly(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx64m",
            "-XX:+UseSerialGC",
            "-Dmarker=1",
            "-jar",
            jar.toString());
  }

  @Test
  void theNativeBuildRunsTheNewestExecutableRunner() throws IOException {
    Path older = file("gateway/target/gateway-0.0.9-runner", true);
    Path newer = file("gateway/target/gateway-0.1.0-SNAPSHOT-runner", true);
    file("gateway/target/gateway-0.2.0-runner.jar", true);
    file("gateway/target/gateway-0.3.0-runner", false); // not executable: not a runner
    Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2026-06-01T00:00:00Z")));
    Executables natives = new Executables(repo, true, "-Xmx64m");

    natives.requireBuilt(List.of("gateway"));
    assertThat(natives.command("gateway", List.of("-Dmarker=1")))
        .containsExactly(newer.toString(), "-Dmarker=1", "-Xmx64m");
    assertThat(new Executables(repo, true, "").command("gateway", List.of()))
        .containsExactly(newer.toString());
  }

  @Test
  void missingNativeExecutablesAreNamedWithTheCommandThatBuildsEach() throws IOException {
    file("gateway/target/gateway-0.1.0-SNAPSHOT-runner", true);
    file("policy-service/target/quarkus-app/quarkus-run.jar", false);
    Executables natives = new Executables(repo, true, "");

    assertThatThrownBy(
            () -> natives.requireBuilt(List.of("catalog-service", "policy-service", "gateway")))
        .hasMessageStartingWith("No native executable of catalog-service, policy-service ")
        .hasMessageContaining("./mvnw -B -Pnative package -DskipTests -pl catalog-service -am")
        .hasMessageContaining("./mvnw -B -Pnative package -DskipTests -pl policy-service -am")
        .hasMessageNotContaining("-pl gateway");
    assertThatThrownBy(() -> natives.command("catalog-service", List.of()))
        .hasMessageStartingWith("No native executable of catalog-service ");
  }

  @Test
  void aMissingJvmBuildSaysHowToBuildIt() {
    assertThatThrownBy(() -> new Executables(repo, false, "").requireBuilt(List.of("gateway")))
        .hasMessageContaining("No JVM build of gateway")
        .hasMessageContaining("./mvnw package -DskipTests");
  }

  private Path file(String path, boolean executable) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "stand-in");
    Files.setPosixFilePermissions(
        file, PosixFilePermissions.fromString(executable ? "rwx------" : "rw-------"));
    return file;
  }
}
