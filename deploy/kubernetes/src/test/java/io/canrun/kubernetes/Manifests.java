package io.canrun.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Paths handed over by the build, and shortcuts for finding objects in a rendered set. */
final class Manifests {

  static final List<String> OVERLAYS = List.of("dev", "prod", "prod-native");

  private Manifests() {}

  static Path repoRoot() {
    return Path.of(System.getProperty("canrun.repo.root", "../..")).toAbsolutePath().normalize();
  }

  static Path kubernetesDir() {
    return Path.of(System.getProperty("canrun.kubernetes.dir", ".")).toAbsolutePath().normalize();
  }

  static Path renderedDir() {
    return Path.of(System.getProperty("canrun.rendered.dir", "target/rendered")).toAbsolutePath();
  }

  static Map<String, ServiceConfig> services() {
    return ServiceConfig.loadAll(repoRoot());
  }

  static List<ObjectNode> render(String overlay) {
    Path dir =
        "base".equals(overlay)
            ? kubernetesDir().resolve("base")
            : kubernetesDir().resolve("overlays").resolve(overlay);
    return new Kustomizer().render(dir);
  }

  static ObjectNode get(List<ObjectNode> objects, String kind, String name) {
    return objects.stream()
        .filter(o -> kind.equals(o.path("kind").asText()))
        .filter(o -> o.path("metadata").path("name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
  }

  /** Generated objects carry a hash suffix: find them by the name before it. */
  static ObjectNode generated(List<ObjectNode> objects, String kind, String name) {
    return objects.stream()
        .filter(o -> kind.equals(o.path("kind").asText()))
        .filter(o -> o.path("metadata").path("name").asText().matches(name + "-[a-z0-9]{10}"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no generated " + kind + "/" + name));
  }

  static ObjectNode container(List<ObjectNode> objects, String deployment) {
    JsonNode c = get(objects, "Deployment", deployment).at("/spec/template/spec/containers/0");
    return (ObjectNode) c;
  }
}
