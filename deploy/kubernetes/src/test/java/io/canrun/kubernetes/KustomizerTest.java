package io.canrun.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kustomize subset, each feature on a small kustomization written for the test. */
class KustomizerTest {

  @TempDir Path dir;

  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: web
                image: example/web:1.0
                env:
                  - {name: A, value: "1"}
                  - {name: B, value: "2"}
                envFrom:
                  - configMapRef: {name: settings}
              - name: sidecar
                image: registry.local:5000/example/proxy:2.0
      """;

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private List<ObjectNode> base(String kustomization) throws IOException {
    write("base/deployment.yaml", DEPLOYMENT);
    write("base/kustomization.yaml", "resources: [deployment.yaml]\n" + kustomization);
    return new Kustomizer().render(dir.resolve("base"));
  }

  @Test
  void strategicMergeMergesNamedListsAndDeletes() throws IOException {
    write(
        "base/patch.yaml",
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          replicas: 3
          template:
            spec:
              containers:
                - name: web
                  env:
                    - {name: A, $patch: delete}
                    - {name: B, value: "20"}
                    - {name: C, value: "3"}
        """);
    ObjectNode web = base("patches: [{path: patch.yaml}]\n").get(0);
    assertThat(web.at("/spec/replicas").asInt()).isEqualTo(3);
    assertThat(web.at("/spec/template/spec/containers").size()).isEqualTo(2);
    assertThat(web.at("/spec/template/spec/containers/0/env").toString())
        .isEqualTo("[{\"name\":\"B\",\"value\":\"20\"},{\"name\":\"C\",\"value\":\"3\"}]");
  }

  @Test
  void jsonPatchAppliesToEveryTarget() throws IOException {
    write(
        "base/ops.yaml",
        "- {op: add, path: /spec/template/spec/containers/0/env/-, value: {name: Z, value: z}}\n- {op: remove, path: /spec/template/spec/containers/1}\n");
    ObjectNode web = base("patches: [{path: ops.yaml, target: {kind: Deployment}}]\n").get(0);
    assertThat(web.at("/spec/template/spec/containers").size()).isEqualTo(1);
    assertThat(web.at("/spec/template/spec/containers/0/env/2/name").asText()).isEqualTo("Z");
  }

  @Test
  void failedJsonPatchTestStopsTheRender() throws IOException {
    write(
        "base/ops.yaml",
        "- {op: test, path: /spec/template/spec/containers/0/name, value: other}\n");
    assertThatThrownBy(() -> base("patches: [{path: ops.yaml, target: {kind: Deployment}}]\n"))
        .hasMessageContaining("test failed at /spec/template/spec/containers/0/name");
  }

  @Test
  void imagesNamespaceAndLabels() throws IOException {
    ObjectNode web =
        base("""
                namespace: shop
                labels:
                  - pairs: {team: a}
                    includeSelectors: true
                images:
                  - {name: example/web, newTag: "2.0"}
                  - {name: registry.local:5000/example/proxy, newName: mirror/proxy}
                """)
            .get(0);
    assertThat(web.at("/metadata/namespace").asText()).isEqualTo("shop");
    assertThat(web.at("/spec/selector/matchLabels/team").asText()).isEqualTo("a");
    assertThat(web.at("/spec/template/metadata/labels/team").asText()).isEqualTo("a");
    assertThat(web.at("/spec/template/spec/containers/0/image").asText())
        .isEqualTo("example/web:2.0");
    assertThat(web.at("/spec/template/spec/containers/1/image").asText())
        .isEqualTo("mirror/proxy:2.0");
  }

  @Test
  void generatorsHashNamesRewriteReferencesAndMergeInOverlays() throws IOException {
    write(
        "base/kustomization.yaml",
        "resources: [deployment.yaml]\nconfigMapGenerator:\n  - {name: settings, literals: [X=1]}\n");
    write("base/deployment.yaml", DEPLOYMENT);
    write(
        "overlay/kustomization.yaml",
        "resources: [../base]\nconfigMapGenerator:\n  - {name: settings, behavior: merge, literals: [Y=2]}\n");
    List<ObjectNode> base = new Kustomizer().render(dir.resolve("base"));
    List<ObjectNode> overlay = new Kustomizer().render(dir.resolve("overlay"));
    String baseName = base.get(1).at("/metadata/name").asText();
    String overlayName = overlay.get(1).at("/metadata/name").asText();
    assertThat(baseName).matches("settings-[a-z0-9]{10}");
    assertThat(overlayName).matches("settings-[a-z0-9]{10}").isNotEqualTo(baseName);
    assertThat(overlay.get(1).at("/data").toString()).isEqualTo("{\"X\":\"1\",\"Y\":\"2\"}");
    assertThat(
            overlay
                .get(0)
                .at("/spec/template/spec/containers/0/envFrom/0/configMapRef/name")
                .asText())
        .isEqualTo(overlayName);
  }

  @Test
  void unsupportedKustomizeFieldFailsInsteadOfBeingIgnored() throws IOException {
    assertThatThrownBy(() -> base("namePrefix: shop-\n"))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("namePrefix");
  }

  @Test
  void patchThatMatchesNothingFails() throws IOException {
    write(
        "base/patch.yaml",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec: {replicas: 2}\n");
    assertThatThrownBy(() -> base("patches: [{path: patch.yaml}]\n"))
        .hasMessageContaining("patch matches no resource");
  }
}
