package io.canrun.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The images and the overlay that runs them agree with what the build produces: each Dockerfile
 * exposes the port the service listens on (its application.properties) and the manifests probe; the
 * native image copies the executable {@code -Pnative} writes ({@code target/*-runner}) and runs it
 * as a numeric non-root user; the probes use the health paths the service serves.
 */
class ImagesMatchTheBuildTest {

  private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)\\s*$");
  private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\S+)\\s*$");

  static List<String> services() {
    return ServiceConfig.SERVICES;
  }

  @ParameterizedTest
  @MethodSource("services")
  void bothImagesExposeThePortTheServiceListensOnAndTheOverlaysProbe(String service)
      throws IOException {
    int port = Manifests.services().get(service).httpPort();
    for (String dockerfile : List.of("Dockerfile.jvm", "Dockerfile.native-micro")) {
      assertThat(single(EXPOSE, dockerfile(service, dockerfile)))
          .as(service + " " + dockerfile)
          .isEqualTo(Integer.toString(port));
    }
    for (String overlay : List.of("prod", "prod-native")) {
      ObjectNode container = Manifests.container(Manifests.render(overlay), service);
      assertThat(container.at("/ports/0/containerPort").asInt()).as(overlay).isEqualTo(port);
    }
  }

  @ParameterizedTest
  @MethodSource("services")
  void theNativeImageRunsTheExecutableTheNativeBuildWrites(String service) throws IOException {
    String dockerfile = dockerfile(service, "Dockerfile.native-micro");
    // -Pnative writes target/<artifactId>-<version>-runner unless a property renames it.
    assertThat(dockerfile).containsPattern("(?m)^COPY .*target/\\*-runner /work/application$");
    assertThat(properties(service))
        .doesNotContain("quarkus.package.output-name")
        .doesNotContain("quarkus.package.runner-suffix");
    assertThat(dockerfile).containsPattern("(?m)^ENTRYPOINT \\[ \"\\./application\"");
    // runAsNonRoot (base manifests) can only be checked by the kubelet for a numeric user.
    assertThat(single(USER, dockerfile)).matches("[1-9]\\d*");
  }

  @ParameterizedTest
  @MethodSource("services")
  void probesUseTheHealthPathsTheServiceServes(String service) throws IOException {
    // The defaults (/q/health/...) hold while no property moves them.
    assertThat(properties(service))
        .doesNotContain("quarkus.http.root-path")
        .doesNotContain("quarkus.http.non-application-root-path")
        .doesNotContain("quarkus.smallrye-health.root-path");
    JsonNode container = Manifests.container(Manifests.render("prod-native"), service);
    assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
    assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
    assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
  }

  private static String dockerfile(String service, String name) throws IOException {
    return Files.readString(
        Manifests.repoRoot().resolve(service).resolve("src/main/docker").resolve(name));
  }

  private static String properties(String service) throws IOException {
    Path file =
        Manifests.repoRoot().resolve(service).resolve("src/main/resources/application.properties");
    return Files.readString(file);
  }

  private static String single(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as("a line matching " + pattern).isTrue();
    String value = matcher.group(1);
    assertThat(matcher.find()).as("only one line matching " + pattern).isFalse();
    return value;
  }
}
