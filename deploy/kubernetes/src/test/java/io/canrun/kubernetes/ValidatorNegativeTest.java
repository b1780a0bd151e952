package io.canrun.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each check, shown failing on a rendered prod set broken in one place. */
class ValidatorNegativeTest {

  private final ManifestValidator validator = new ManifestValidator(Manifests.services());

  private List<String> problemsAfter(String overlay, Consumer<List<ObjectNode>> breakIt) {
    List<ObjectNode> objects = Manifests.render(overlay);
    assertThat(validator.validate(objects)).as("unbroken " + overlay).isEmpty();
    breakIt.accept(objects);
    return validator.validate(objects);
  }

  private List<String> problemsAfter(Consumer<List<ObjectNode>> breakIt) {
    return problemsAfter("prod", breakIt);
  }

  @Test
  void unknownFieldFails() {
    assertThat(
            problemsAfter(
                o ->
                    ((ObjectNode) Manifests.get(o, "Deployment", "gateway").get("spec"))
                        .put("replica", 3)))
        .anyMatch(
            p ->
                p.startsWith(
                    "Deployment/gateway: schema: spec.replica: Unrecognized field \"replica\""));
    // Misplaced, not misspelt: a field valid elsewhere is unknown where it stands.
    assertThat(
            problemsAfter(o -> Manifests.container(o, "catalog-service").put("runAsNonRoot", true)))
        .anyMatch(p -> p.contains("schema: spec.template.spec.containers[0].runAsNonRoot"));
    // Operator resources are checked too.
    assertThat(
            problemsAfter(
                o -> Manifests.get(o, "Cluster", "canrun-db").with("spec").put("instance", 3)))
        .anyMatch(p -> p.startsWith("Cluster/canrun-db: schema: spec.instance"));
  }

  @Test
  void wrongTypeFails() {
    assertThat(
            problemsAfter(
                o ->
                    ((ObjectNode) Manifests.container(o, "gateway").at("/ports/0"))
                        .put("containerPort", "8080")))
        .anyMatch(
            p ->
                p.contains(
                    "schema: spec.template.spec.containers[0].ports[0].containerPort: Cannot coerce String value"));
    assertThat(
            problemsAfter(
                o ->
                    ((ObjectNode) Manifests.container(o, "gateway").get("securityContext"))
                        .put("readOnlyRootFilesystem", "true")))
        .anyMatch(
            p -> p.contains("securityContext.readOnlyRootFilesystem: Cannot coerce String value"));
    assertThat(
            problemsAfter(
                o ->
                    Manifests.get(o, "Deployment", "gateway")
                        .with("metadata")
                        .with("labels")
                        .put("tier", 1)))
        .anyMatch(p -> p.contains("schema: metadata.labels.tier: Cannot coerce Integer value"));
    assertThat(
            problemsAfter(
                o ->
                    Manifests.get(o, "ScheduledBackup", "canrun-db-nightly")
                        .with("spec")
                        .put("immediate", "yes")))
        .anyMatch(p -> p.startsWith("ScheduledBackup/canrun-db-nightly: schema: spec.immediate"));
  }

  @Test
  void unknownKindOrApiVersionFails() {
    assertThat(
            problemsAfter(
                o ->
                    Manifests.get(o, "PodDisruptionBudget", "gateway")
                        .put("apiVersion", "policy/v1beta1")))
        .contains(
            "PodDisruptionBudget/gateway: unsupported apiVersion/kind policy/v1beta1/PodDisruptionBudget");
  }

  @Test
  void probeOnAPathTheServiceDoesNotServeFails() {
    assertThat(
            problemsAfter(
                o ->
                    ((ObjectNode)
                            Manifests.container(o, "catalog-service").at("/livenessProbe/httpGet"))
                        .put("path", "/health")))
        .contains(
            "Deployment/catalog-service: container catalog-service: livenessProbe path /health is not served as that probe; use /q/health/live");
    // A real health path on the wrong probe: readiness would restart pods when the DB is down.
    assertThat(
            problemsAfter(
                o ->
                    ((ObjectNode)
                            Manifests.container(o, "policy-service").at("/livenessProbe/httpGet"))
                        .put("path", "/q/health/ready")))
        .anyMatch(
            p -> p.contains("livenessProbe path /q/health/ready is not served as that probe"));
    assertThat(
            problemsAfter(
                o ->
                    ((ObjectNode) Manifests.container(o, "gateway").at("/readinessProbe/httpGet"))
                        .put("port", 8081)))
        .anyMatch(p -> p.contains("readinessProbe port 8081 is not HTTP port 8080"));
    assertThat(problemsAfter(o -> Manifests.container(o, "gateway").remove("startupProbe")))
        .contains("Deployment/gateway: container gateway: no startupProbe");
  }

  @Test
  void selectorThatSelectsNothingFails() {
    assertThat(
            problemsAfter(
                o ->
                    Manifests.get(o, "Service", "policy-service")
                        .with("spec")
                        .with("selector")
                        .put("app.kubernetes.io/name", "policy")))
        .anyMatch(
            p -> p.startsWith("Service/policy-service: selector") && p.endsWith("selects no pod"));
    assertThat(
            problemsAfter(
                o ->
                    Manifests.get(o, "NetworkPolicy", "catalog-service-from-gateway")
                        .with("spec")
                        .with("podSelector")
                        .with("matchLabels")
                        .put("app.kubernetes.io/name", "catalog")))
        .anyMatch(
            p ->
                p.startsWith("NetworkPolicy/catalog-service-from-gateway: podSelector")
                    && p.endsWith("selects no pod"));
    assertThat(
            problemsAfter(
                o ->
                    ((ObjectNode)
                            Manifests.get(o, "NetworkPolicy", "policy-service-from-gateway")
                                .at("/spec/ingress/0/from/0/podSelector/matchLabels"))
                        .put("app.kubernetes.io/name", "gw")))
        .anyMatch(
            p ->
                p.startsWith(
                    "NetworkPolicy/policy-service-from-gateway: ingress[0].from podSelector"));
    assertThat(
            problemsAfter(
                o ->
                    ((ObjectNode)
                            Manifests.get(o, "PodDisruptionBudget", "gateway")
                                .at("/spec/selector/matchLabels"))
                        .put("app.kubernetes.io/name", "gateways")))
        .anyMatch(
            p ->
                p.startsWith("PodDisruptionBudget/gateway: selector")
                    && p.endsWith("selects no pod"));
    assertThat(
            problemsAfter(
                o ->
                    Manifests.get(o, "HorizontalPodAutoscaler", "gateway")
                        .with("spec")
                        .with("scaleTargetRef")
                        .put("name", "api")))
        .anyMatch(
            p ->
                p.startsWith("HorizontalPodAutoscaler/gateway: scaleTargetRef")
                    && p.endsWith("names nothing in the set"));
    // Pods the operator creates count: a wrong cluster name in the label selects nothing.
    assertThat(
            problemsAfter(
                o ->
                    Manifests.get(o, "NetworkPolicy", "canrun-db-ingress")
                        .with("spec")
                        .with("podSelector")
                        .with("matchLabels")
                        .put("cnpg.io/cluster", "db")))
        .anyMatch(p -> p.startsWith("NetworkPolicy/canrun-db-ingress: podSelector"));
  }

  @Test
  void portsThatThePodsDoNotExposeFail() {
    assertThat(
            problemsAfter(
                o ->
                    ((ObjectNode) Manifests.get(o, "Service", "gateway").at("/spec/ports/0"))
                        .put("targetPort", "web")))
        .anyMatch(
            p ->
                p.startsWith(
                    "Service/gateway: targetPort web is not a port of Deployment/gateway"));
    // A NetworkPolicy names the pod's port, not the Service's.
    assertThat(
            problemsAfter(
                o ->
                    ((ObjectNode)
                            Manifests.get(o, "NetworkPolicy", "catalog-service-from-gateway")
                                .at("/spec/ingress/0/ports/0"))
                        .put("port", 80)))
        .anyMatch(p -> p.contains("ingress[0] port 80 is not a container port"));
  }

  @Test
  void disruptionBudgetThatBlocksDrainsFails() {
    assertThat(
            problemsAfter(
                o ->
                    Manifests.get(o, "HorizontalPodAutoscaler", "gateway")
                        .with("spec")
                        .put("minReplicas", 1)))
        .anyMatch(
            p ->
                p.contains(
                    "PodDisruptionBudget/gateway: minAvailable 1 with 1 replica(s) of Deployment/gateway blocks every node drain"));
  }

  @Test
  void envVarTheServiceDoesNotReadFails() {
    assertThat(
            problemsAfter(
                o ->
                    ((ArrayNode) Manifests.container(o, "catalog-service").withArray("env"))
                        .addObject()
                        .put("name", "QUARKUS_DATASOURCE_URL")
                        .put("value", "x")))
        .anyMatch(
            p ->
                p.startsWith(
                    "Deployment/catalog-service: container catalog-service: env QUARKUS_DATASOURCE_URL is not read by catalog-service"));
    // The gateway has no datasource: a key the backends read is still unknown to it.
    assertThat(
            problemsAfter(
                o ->
                    ((ArrayNode) Manifests.container(o, "gateway").withArray("env"))
                        .addObject()
                        .put("name", "QUARKUS_DATASOURCE_JDBC_URL")
                        .put("value", "x")))
        .anyMatch(p -> p.contains("env QUARKUS_DATASOURCE_JDBC_URL is not read by gateway"));
    // Keys of a ConfigMap taken with envFrom are variables too.
    assertThat(
            problemsAfter(
                o ->
                    Manifests.generated(o, "ConfigMap", "gateway-config")
                        .with("data")
                        .put("CATALOG_URL", "http://x")))
        .anyMatch(p -> p.contains("env CATALOG_URL is not read by gateway"));
    // A native executable does not read the JVM launcher's variables.
    assertThat(
            problemsAfter(
                "prod-native",
                o ->
                    ((ArrayNode) Manifests.container(o, "policy-service").withArray("env"))
                        .addObject()
                        .put("name", "JAVA_OPTS_APPEND")
                        .put("value", "-Xmx64m")))
        .anyMatch(
            p -> p.contains("env JAVA_OPTS_APPEND is not read by policy-service (native image)"));
  }

  @Test
  void missingReferencesAndJwtMountFail() {
    assertThat(
            problemsAfter(
                "dev",
                o ->
                    ((ObjectNode)
                            Manifests.container(o, "catalog-service")
                                .at("/env/0/valueFrom/secretKeyRef"))
                        .put("key", "user")))
        .anyMatch(p -> p.contains("has no key user"));
    assertThat(
            problemsAfter(
                o ->
                    ((ObjectNode) Manifests.container(o, "gateway").at("/envFrom/0/configMapRef"))
                        .put("name", "canrun-commons")))
        .anyMatch(p -> p.contains("ConfigMap canrun-commons is not in the set"));
    assertThat(
            problemsAfter(
                o ->
                    ((ObjectNode) Manifests.container(o, "gateway").at("/volumeMounts/1"))
                        .put("readOnly", false)))
        .anyMatch(
            p -> p.contains("/etc/canrun/jwt/publicKey.pem must be on a read-only Secret mount"));
  }

  @Test
  void weakenedSecurityFails() {
    assertThat(
            problemsAfter(
                o ->
                    ((ObjectNode) Manifests.container(o, "gateway").get("securityContext"))
                        .put("allowPrivilegeEscalation", true)))
        .contains("Deployment/gateway: container gateway: allowPrivilegeEscalation is not false");
    assertThat(
            problemsAfter(
                o ->
                    ((ObjectNode) Manifests.container(o, "gateway").get("securityContext"))
                        .remove("readOnlyRootFilesystem")))
        .contains("Deployment/gateway: container gateway: readOnlyRootFilesystem is not true");
    assertThat(
            problemsAfter(
                o ->
                    ((ObjectNode) Manifests.container(o, "gateway").at("/resources/limits"))
                        .remove("memory")))
        .contains("Deployment/gateway: container gateway: resources.limits.memory is not set");
    assertThat(
            problemsAfter(
                o -> Manifests.container(o, "gateway").put("image", "canrun/gateway:latest")))
        .contains(
            "Deployment/gateway: container gateway: image canrun/gateway:latest is not pinned");
  }
}
