package io.canrun.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the base and every overlay, validates each, and writes target/rendered/<name>.yaml for
 * kubectl apply. A problem in any manifest fails the build here.
 */
class OverlaysRenderAndValidateTest {

  private final ManifestValidator validator = new ManifestValidator(Manifests.services());

  @ParameterizedTest
  @ValueSource(strings = {"base", "dev", "prod", "prod-native"})
  void rendersValidAndWritesYaml(String overlay) throws Exception {
    List<ObjectNode> objects = Manifests.render(overlay);

    assertThat(validator.validate(objects)).as(overlay).isEmpty();

    Path out = Manifests.renderedDir().resolve(overlay + ".yaml");
    Files.createDirectories(out.getParent());
    Files.writeString(out, Yaml.writeAll(objects));
    // What was written reads back as the same objects.
    assertThat(Yaml.readAll(out)).isEqualTo(objects);
  }

  @Test
  void devNeedsNoExternalSecretsAndProdNamesItsOwn() {
    assertThat(ManifestValidator.externalSecrets(Manifests.render("dev"))).isEmpty();
    Set<String> prod = Set.of("canrun-db", "canrun-jwt", "canrun-backup-s3");
    assertThat(ManifestValidator.externalSecrets(Manifests.render("prod"))).isEqualTo(prod);
    assertThat(ManifestValidator.externalSecrets(Manifests.render("prod-native"))).isEqualTo(prod);
    // The README tells a prod user which Secrets to create; it must name the same ones.
    String readme = readme();
    for (String secret : prod) {
      assertThat(readme).contains("`" + secret + "`");
    }
  }

  @Test
  void everyOverlayUsesOneNamespaceAndTheDatabaseItBrings() {
    for (String overlay : Manifests.OVERLAYS) {
      List<ObjectNode> objects = Manifests.render(overlay);
      String namespace = "dev".equals(overlay) ? "canrun-dev" : "canrun";
      assertThat(objects)
          .allSatisfy(o -> assertThat(o.at("/metadata/namespace").asText()).isEqualTo(namespace));
    }
    List<ObjectNode> dev = Manifests.render("dev");
    assertThat(
            Manifests.get(dev, "StatefulSet", "canrun-db")
                .at("/spec/volumeClaimTemplates/0/spec/resources/requests/storage")
                .asText())
        .isEqualTo("2Gi");
    String init =
        Manifests.generated(dev, "ConfigMap", "postgres-init")
            .at("/data/10-databases.sql")
            .asText();
    assertThat(init).contains("CREATE DATABASE catalog").contains("CREATE DATABASE policy");
    // The generated name (with its hash) is what the StatefulSet mounts.
    assertThat(
            Manifests.get(dev, "StatefulSet", "canrun-db")
                .at("/spec/template/spec/volumes/0/configMap/name")
                .asText())
        .isEqualTo(
            Manifests.generated(dev, "ConfigMap", "postgres-init").at("/metadata/name").asText());

    List<ObjectNode> prod = Manifests.render("prod");
    assertThat(Manifests.get(prod, "Cluster", "canrun-db").at("/spec/instances").asInt())
        .isEqualTo(3);
    assertThat(
            Manifests.get(prod, "ScheduledBackup", "canrun-db-nightly")
                .at("/spec/cluster/name")
                .asText())
        .isEqualTo("canrun-db");
    assertThat(prod.stream().map(o -> o.path("kind").asText())).doesNotContain("StatefulSet");
    assertThat(Manifests.get(prod, "Deployment", "catalog-service").at("/spec/replicas").asInt())
        .isEqualTo(2);
    assertThat(
            Manifests.generated(prod, "ConfigMap", "canrun-common")
                .at("/data/CANRUN_JWT_ISSUER")
                .asText())
        .isEqualTo("https://auth.example.com/realms/canrun");
  }

  @Test
  void nativeOverlayRunsNativeTagsInSmallerPods() {
    List<ObjectNode> prod = Manifests.render("prod");
    List<ObjectNode> nativ = Manifests.render("prod-native");
    for (String service : ServiceConfig.SERVICES) {
      ObjectNode jvm = Manifests.container(prod, service);
      ObjectNode native1 = Manifests.container(nativ, service);
      assertThat(jvm.path("image").asText()).isEqualTo("canrun/" + service + ":0.1.0");
      assertThat(native1.path("image").asText()).isEqualTo("canrun/" + service + ":0.1.0-native");
      assertThat(mebibytes(native1.at("/resources/limits/memory").asText()))
          .isLessThan(mebibytes(jvm.at("/resources/limits/memory").asText()));
    }
    assertThat(Manifests.generated(nativ, "ConfigMap", "canrun-runtime").path("data").size())
        .isZero();
  }

  @Test
  void onlyTheGatewayReachesCatalogAndPolicy() {
    for (String overlay : Manifests.OVERLAYS) {
      List<ObjectNode> objects = Manifests.render(overlay);
      for (String backend : List.of("catalog-service", "policy-service")) {
        List<JsonNode> peers = new ArrayList<>();
        boolean denyAll = false;
        for (ObjectNode policy : objects) {
          if (!"NetworkPolicy".equals(policy.path("kind").asText())) {
            continue;
          }
          JsonNode selector = policy.at("/spec/podSelector");
          if (!ManifestValidator.selects(selector, Map.of("app.kubernetes.io/name", backend))) {
            continue;
          }
          if (!policy.at("/spec/ingress").isMissingNode()) {
            for (JsonNode rule : policy.at("/spec/ingress")) {
              assertThat(rule.has("from"))
                  .as(overlay + ": a rule open to all reaches " + backend)
                  .isTrue();
              rule.path("from").forEach(peers::add);
            }
          } else {
            denyAll = true;
          }
        }
        assertThat(denyAll).as(overlay + ": default deny covers " + backend).isTrue();
        assertThat(peers)
            .as(overlay + ": who may reach " + backend)
            .isNotEmpty()
            .allSatisfy(
                peer -> {
                  assertThat(peer.has("namespaceSelector") || peer.has("ipBlock")).isFalse();
                  assertThat(peer.at("/podSelector/matchLabels"))
                      .hasToString("{\"app.kubernetes.io/name\":\"gateway\"}");
                });
      }
    }
  }

  @Test
  void gatewayHasAutoscalerAndDisruptionBudget() {
    for (String overlay : Manifests.OVERLAYS) {
      List<ObjectNode> objects = Manifests.render(overlay);
      assertThat(
              Manifests.get(objects, "HorizontalPodAutoscaler", "gateway")
                  .at("/spec/minReplicas")
                  .asInt())
          .isGreaterThanOrEqualTo(2);
      assertThat(
              Manifests.get(objects, "PodDisruptionBudget", "gateway")
                  .at("/spec/minAvailable")
                  .asInt())
          .isEqualTo(1);
    }
  }

  private static int mebibytes(String quantity) {
    assertThat(quantity).endsWith("Mi");
    return Integer.parseInt(quantity.substring(0, quantity.length() - 2));
  }

  private static String readme() {
    try {
      return Files.readString(Manifests.kubernetesDir().resolve("README.md"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
