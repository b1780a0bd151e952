package io.canrun.kubernetes;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a rendered set of objects before it reaches a cluster. Each problem is one line naming the
 * object ({@code Kind/name}) and what is wrong:
 *
 * <ul>
 *   <li><b>schema</b>: known apiVersion/kind, no unknown fields, no wrong scalar types;
 *   <li><b>probes</b>: each canrun container has liveness, readiness and startup probes on the
 *       matching {@code /q/health/*} path and on the port the service listens on;
 *   <li><b>selectors</b>: workload, Service, NetworkPolicy and PodDisruptionBudget selectors and
 *       HPA targets select something in the set, and named/numbered ports exist on those pods;
 *   <li><b>env</b>: canrun containers set only variables their service reads;
 *   <li><b>references</b>: ConfigMaps (and Secrets that are part of the set) exist with the keys
 *       used, and the JWT key file is on a read-only Secret mount;
 *   <li><b>hardening</b>: non-root, read-only root file system with a writable /tmp, no privilege
 *       escalation, no capabilities, RuntimeDefault seccomp, resource requests and memory limit, a
 *       pinned image tag.
 * </ul>
 */
public final class ManifestValidator {

  /** The health endpoint each probe must use (SmallRye Health's paths under /q). */
  public static final Map<String, String> PROBE_PATHS =
      Map.of(
          "livenessProbe", "/q/health/live",
          "readinessProbe", "/q/health/ready",
          "startupProbe", "/q/health/started");

  /** Labels CloudNativePG puts on the instance pods it creates for a Cluster. */
  static final String CNPG_CLUSTER_LABEL = "cnpg.io/cluster";

  private final Map<String, ServiceConfig> services;

  public ManifestValidator(Map<String, ServiceConfig> services) {
    this.services = services;
  }

  /** A pod some object in the set will create, with what selectors and port checks need. */
  record Pod(
      String owner,
      String namespace,
      Map<String, String> labels,
      Map<String, Integer> namedPorts,
      Set<Integer> ports,
      ObjectNode workload) {}

  /** All problems found; empty when the set is good. */
  public List<String> validate(List<ObjectNode> objects) {
    List<String> problems = new ArrayList<>();
    for (ObjectNode object : objects) {
      schema(object, problems);
    }
    List<Pod> pods = pods(objects);
    for (ObjectNode object : objects) {
      String kind = object.path("kind").asText();
      switch (kind) {
        case "Service":
          service(object, pods, problems);
          break;
        case "NetworkPolicy":
          networkPolicy(object, pods, problems);
          break;
        case "PodDisruptionBudget":
          disruptionBudget(object, pods, objects, problems);
          break;
        case "HorizontalPodAutoscaler":
          autoscaler(object, objects, problems);
          break;
        default:
          break;
      }
      if (PodSpecs.template(object).isPresent()) {
        workloadSelector(object, problems);
        hardening(object, problems);
        references(object, objects, problems);
        canrunContainers(object, objects, problems);
      }
    }
    return problems;
  }

  /** Throws if anything is wrong, listing every problem. */
  public void check(List<ObjectNode> objects, String what) {
    List<String> problems = validate(objects);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          what + " has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }
  }

  /**
   * Secrets the set refers to but does not contain: the user must create them (prod keeps
   * credentials out of the repository).
   */
  public static Set<String> externalSecrets(List<ObjectNode> objects) {
    Set<String> present = names(objects, "Secret");
    Set<String> external = new TreeSet<>();
    for (ObjectNode object : objects) {
      for (References.Ref ref : References.of(object)) {
        if ("Secret".equals(ref.kind()) && !present.contains(ref.name())) {
          external.add(ref.name());
        }
      }
      JsonNode spec = object.path("spec");
      switch (object.path("kind").asText()) {
        case "Cluster":
          addText(external, spec.path("bootstrap").path("initdb").path("secret").path("name"));
          break;
        case "ObjectStore":
          spec.path("configuration")
              .path("s3Credentials")
              .forEach(selector -> addText(external, selector.path("name")));
          break;
        default:
          break;
      }
    }
    external.removeAll(present);
    return external;
  }

  private static void addText(Set<String> set, JsonNode node) {
    if (node.isTextual()) {
      set.add(node.asText());
    }
  }

  // ---- schema -----------------------------------------------------------------------------

  private static void schema(ObjectNode object, List<String> problems) {
    String apiVersion = object.path("apiVersion").asText("");
    String kind = object.path("kind").asText("");
    Class<?> model = Kinds.MODELS.get(apiVersion + "/" + kind);
    if (model == null) {
      problems.add(id(object) + ": unsupported apiVersion/kind " + apiVersion + "/" + kind);
      return;
    }
    if (object.path("metadata").path("name").asText("").isEmpty()) {
      problems.add(id(object) + ": metadata.name is missing");
    }
    try {
      Yaml.strict().treeToValue(object, model);
    } catch (JsonMappingException e) {
      String detail = e.getOriginalMessage().split("\n")[0];
      // fabric8's text lists every known field; the first clause says what went wrong.
      int cut = detail.indexOf(", not marked as ignorable");
      problems.add(
          id(object)
              + ": schema: "
              + Yaml.path(e)
              + ": "
              + (cut > 0 ? detail.substring(0, cut) : detail));
    } catch (Exception e) {
      problems.add(id(object) + ": schema: " + e.getMessage());
    }
  }

  // ---- pods and selectors -----------------------------------------------------------------

  private static List<Pod> pods(List<ObjectNode> objects) {
    List<Pod> pods = new ArrayList<>();
    for (ObjectNode object : objects) {
      String namespace = object.path("metadata").path("namespace").asText("");
      Optional<ObjectNode> template = PodSpecs.template(object);
      if (template.isPresent()) {
        Map<String, Integer> named = new LinkedHashMap<>();
        Set<Integer> numbers = new HashSet<>();
        for (ObjectNode container : PodSpecs.containers((ObjectNode) template.get().path("spec"))) {
          for (JsonNode port : container.path("ports")) {
            int number = port.path("containerPort").asInt(-1);
            numbers.add(number);
            if (port.has("name")) {
              named.put(port.path("name").asText(), number);
            }
          }
        }
        pods.add(
            new Pod(
                id(object),
                namespace,
                Labels.toMap(template.get().path("metadata").path("labels")),
                named,
                numbers,
                object));
      } else if ("Cluster".equals(object.path("kind").asText())
          && object.path("apiVersion").asText().startsWith("postgresql.cnpg.io/")) {
        // The operator creates the instance pods; these are the labels and ports it gives them.
        String name = object.path("metadata").path("name").asText();
        pods.add(
            new Pod(
                id(object),
                namespace,
                Map.of(CNPG_CLUSTER_LABEL, name, "cnpg.io/podRole", "instance"),
                Map.of("postgresql", 5432, "metrics", 9187, "status", 8000),
                Set.of(5432, 9187, 8000),
                object));
      }
    }
    return pods;
  }

  /** Label-selector semantics: matchLabels and matchExpressions; an empty selector is "all". */
  static boolean selects(JsonNode selector, Map<String, String> labels) {
    for (Map.Entry<String, String> e : Labels.toMap(selector.path("matchLabels")).entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    for (JsonNode expression : selector.path("matchExpressions")) {
      String key = expression.path("key").asText();
      Set<String> values = new HashSet<>();
      expression.path("values").forEach(v -> values.add(v.asText()));
      boolean has = labels.containsKey(key);
      boolean ok;
      switch (expression.path("operator").asText()) {
        case "In":
          ok = has && values.contains(labels.get(key));
          break;
        case "NotIn":
          ok = !has || !values.contains(labels.get(key));
          break;
        case "Exists":
          ok = has;
          break;
        case "DoesNotExist":
          ok = !has;
          break;
        default:
          ok = false;
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static List<Pod> selected(
      JsonNode selector, String namespace, List<Pod> pods, boolean plainMap) {
    List<Pod> out = new ArrayList<>();
    for (Pod pod : pods) {
      if (!pod.namespace().equals(namespace)) {
        continue;
      }
      boolean match;
      if (plainMap) {
        match = true;
        for (Map.Entry<String, String> e : Labels.toMap(selector).entrySet()) {
          match &= e.getValue().equals(pod.labels().get(e.getKey()));
        }
      } else {
        match = selects(selector, pod.labels());
      }
      if (match) {
        out.add(pod);
      }
    }
    return out;
  }

  private static void workloadSelector(ObjectNode workload, List<String> problems) {
    String kind = workload.path("kind").asText();
    if ("Job".equals(kind)) {
      return; // the Job controller generates its own selector
    }
    JsonNode selector = workload.path("spec").path("selector");
    Map<String, String> labels =
        Labels.toMap(PodSpecs.template(workload).get().path("metadata").path("labels"));
    if (!selector.isObject() || selector.size() == 0) {
      problems.add(id(workload) + ": spec.selector is missing");
    } else if (!selects(selector, labels)) {
      problems.add(id(workload) + ": spec.selector does not select its own pod template");
    }
  }

  private static void service(ObjectNode service, List<Pod> pods, List<String> problems) {
    JsonNode selector = service.path("spec").path("selector");
    if (!selector.isObject() || selector.size() == 0) {
      problems.add(id(service) + ": Service without a selector");
      return;
    }
    List<Pod> targets = selected(selector, namespace(service), pods, true);
    if (targets.isEmpty()) {
      problems.add(id(service) + ": selector " + selector + " selects no pod");
      return;
    }
    for (JsonNode port : service.path("spec").path("ports")) {
      JsonNode target = port.has("targetPort") ? port.get("targetPort") : port.path("port");
      for (Pod pod : targets) {
        if (!exposes(pod, target)) {
          problems.add(
              id(service) + ": targetPort " + target.asText() + " is not a port of " + pod.owner());
        }
      }
    }
  }

  private static boolean exposes(Pod pod, JsonNode port) {
    return port.isNumber()
        ? pod.ports().contains(port.asInt())
        : pod.namedPorts().containsKey(port.asText());
  }

  private static void networkPolicy(ObjectNode policy, List<Pod> pods, List<String> problems) {
    JsonNode spec = policy.path("spec");
    if (!spec.has("podSelector")) {
      problems.add(id(policy) + ": spec.podSelector is missing");
      return;
    }
    List<Pod> targets = selected(spec.path("podSelector"), namespace(policy), pods, false);
    if (targets.isEmpty()) {
      problems.add(id(policy) + ": podSelector " + spec.path("podSelector") + " selects no pod");
      return;
    }
    int ruleIndex = 0;
    for (JsonNode rule : spec.path("ingress")) {
      for (JsonNode peer : rule.path("from")) {
        // A peer with a namespaceSelector may name pods elsewhere; only same-namespace ones count.
        if (peer.has("podSelector") && !peer.has("namespaceSelector")) {
          if (selected(peer.path("podSelector"), namespace(policy), pods, false).isEmpty()) {
            problems.add(
                id(policy)
                    + ": ingress["
                    + ruleIndex
                    + "].from podSelector "
                    + peer.path("podSelector")
                    + " selects no pod");
          }
        }
      }
      for (JsonNode port : rule.path("ports")) {
        JsonNode number = port.path("port");
        if (!number.isMissingNode() && targets.stream().noneMatch(p -> exposes(p, number))) {
          problems.add(
              id(policy)
                  + ": ingress["
                  + ruleIndex
                  + "] port "
                  + number.asText()
                  + " is not a container port of the selected pods");
        }
      }
      ruleIndex++;
    }
  }

  private static void disruptionBudget(
      ObjectNode pdb, List<Pod> pods, List<ObjectNode> objects, List<String> problems) {
    JsonNode spec = pdb.path("spec");
    List<Pod> targets = selected(spec.path("selector"), namespace(pdb), pods, false);
    if (!spec.has("selector") || targets.isEmpty()) {
      problems.add(id(pdb) + ": selector " + spec.path("selector") + " selects no pod");
      return;
    }
    if (spec.path("maxUnavailable").isInt() && spec.path("maxUnavailable").asInt() == 0) {
      problems.add(id(pdb) + ": maxUnavailable 0 blocks every node drain");
    }
    if (spec.path("minAvailable").isInt()) {
      int minAvailable = spec.path("minAvailable").asInt();
      for (Pod pod : targets) {
        int replicas = minimumReplicas(pod.workload(), objects);
        if (minAvailable >= replicas) {
          problems.add(
              id(pdb)
                  + ": minAvailable "
                  + minAvailable
                  + " with "
                  + replicas
                  + " replica(s) of "
                  + pod.owner()
                  + " blocks every node drain");
        }
      }
    }
  }

  /** The fewest replicas a workload runs: the HPA's minimum if one scales it, else its own. */
  private static int minimumReplicas(ObjectNode workload, List<ObjectNode> objects) {
    for (ObjectNode object : objects) {
      JsonNode ref = object.path("spec").path("scaleTargetRef");
      if ("HorizontalPodAutoscaler".equals(object.path("kind").asText())
          && ref.path("kind").asText().equals(workload.path("kind").asText())
          && ref.path("name").asText().equals(workload.path("metadata").path("name").asText())) {
        return object.path("spec").path("minReplicas").asInt(1);
      }
    }
    if ("Cluster".equals(workload.path("kind").asText())) {
      return workload.path("spec").path("instances").asInt(1);
    }
    return workload.path("spec").path("replicas").asInt(1);
  }

  private static void autoscaler(ObjectNode hpa, List<ObjectNode> objects, List<String> problems) {
    JsonNode spec = hpa.path("spec");
    JsonNode ref = spec.path("scaleTargetRef");
    ObjectNode target = null;
    for (ObjectNode object : objects) {
      if (object.path("kind").asText().equals(ref.path("kind").asText())
          && object.path("apiVersion").asText().equals(ref.path("apiVersion").asText())
          && object.path("metadata").path("name").asText().equals(ref.path("name").asText())
          && namespace(object).equals(namespace(hpa))) {
        target = object;
      }
    }
    if (target == null) {
      problems.add(id(hpa) + ": scaleTargetRef " + ref + " names nothing in the set");
      return;
    }
    if (spec.path("minReplicas").asInt(1) > spec.path("maxReplicas").asInt()) {
      problems.add(id(hpa) + ": minReplicas is above maxReplicas");
    }
    if (target.path("spec").has("replicas")) {
      problems.add(
          id(hpa)
              + ": "
              + id(target)
              + " sets spec.replicas, which every apply resets over the HPA");
    }
    for (JsonNode metric : spec.path("metrics")) {
      String resource = metric.path("resource").path("name").asText();
      if ("Utilization".equals(metric.path("resource").path("target").path("type").asText())) {
        for (ObjectNode container : PodSpecs.containers(PodSpecs.podSpec(target).get())) {
          if (!container.path("resources").path("requests").has(resource)) {
            problems.add(
                id(hpa)
                    + ": scales on "
                    + resource
                    + " utilization but container "
                    + container.path("name").asText()
                    + " requests no "
                    + resource);
          }
        }
      }
    }
  }

  // ---- hardening --------------------------------------------------------------------------

  private static void hardening(ObjectNode workload, List<String> problems) {
    ObjectNode podSpec = PodSpecs.podSpec(workload).orElseThrow();
    JsonNode podSecurity = podSpec.path("securityContext");
    Map<String, String> emptyDirs = new LinkedHashMap<>();
    for (JsonNode volume : podSpec.path("volumes")) {
      if (volume.has("emptyDir")) {
        emptyDirs.put(volume.path("name").asText(), "emptyDir");
      }
    }
    for (ObjectNode container : PodSpecs.containers(podSpec)) {
      String where = id(workload) + ": container " + container.path("name").asText();
      JsonNode security = container.path("securityContext");
      if (!setting(security, podSecurity, "runAsNonRoot").asBoolean(false)) {
        problems.add(where + ": runAsNonRoot is not true");
      }
      if (!"RuntimeDefault"
          .equals(setting(security, podSecurity, "seccompProfile").path("type").asText())) {
        problems.add(where + ": seccompProfile is not RuntimeDefault");
      }
      if (!security.path("allowPrivilegeEscalation").isBoolean()
          || security.path("allowPrivilegeEscalation").asBoolean()) {
        problems.add(where + ": allowPrivilegeEscalation is not false");
      }
      if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
        problems.add(where + ": readOnlyRootFilesystem is not true");
      }
      boolean dropsAll = false;
      for (JsonNode capability : security.path("capabilities").path("drop")) {
        dropsAll |= "ALL".equals(capability.asText());
      }
      if (!dropsAll || security.path("capabilities").path("add").size() > 0) {
        problems.add(where + ": capabilities must drop ALL and add none");
      }
      boolean tmp = false;
      for (JsonNode mount : container.path("volumeMounts")) {
        tmp |=
            "/tmp".equals(mount.path("mountPath").asText())
                && emptyDirs.containsKey(mount.path("name").asText());
      }
      if (!tmp) {
        problems.add(where + ": no emptyDir mounted at /tmp (the root file system is read-only)");
      }
      JsonNode resources = container.path("resources");
      for (String required : List.of("requests.cpu", "requests.memory", "limits.memory")) {
        String[] parts = required.split("\\.");
        if (!resources.path(parts[0]).has(parts[1])) {
          problems.add(where + ": resources." + required + " is not set");
        }
      }
      Images.Reference image = Images.Reference.parse(container.path("image").asText(""));
      if (!image.suffix.startsWith("@")
          && (image.tag().isEmpty() || "latest".equals(image.tag()))) {
        problems.add(where + ": image " + container.path("image").asText() + " is not pinned");
      }
    }
  }

  /** A container security setting, falling back to the pod-level one. */
  private static JsonNode setting(JsonNode container, JsonNode pod, String field) {
    return container.has(field) ? container.get(field) : pod.path(field);
  }

  // ---- references -------------------------------------------------------------------------

  private static void references(
      ObjectNode workload, List<ObjectNode> objects, List<String> problems) {
    for (References.Ref ref : References.of(workload)) {
      Optional<ObjectNode> target = find(objects, ref.kind(), ref.name(), namespace(workload));
      if (target.isEmpty()) {
        if ("ConfigMap".equals(ref.kind()) && !ref.optional()) {
          problems.add(id(workload) + ": ConfigMap " + ref.name() + " is not in the set");
        }
        continue; // a Secret outside the set is one the user provides (see externalSecrets)
      }
      if (ref.key() != null && !hasKey(target.get(), ref.key()) && !ref.optional()) {
        problems.add(
            id(workload) + ": " + ref.kind() + " " + ref.name() + " has no key " + ref.key());
      }
    }
  }

  private static boolean hasKey(ObjectNode configOrSecret, String key) {
    return configOrSecret.path("data").has(key) || configOrSecret.path("stringData").has(key);
  }

  // ---- canrun containers: env and probes --------------------------------------------------

  private void canrunContainers(
      ObjectNode workload, List<ObjectNode> objects, List<String> problems) {
    ObjectNode podSpec = PodSpecs.podSpec(workload).orElseThrow();
    for (ObjectNode container : PodSpecs.containers(podSpec)) {
      Images.Reference image = Images.Reference.parse(container.path("image").asText(""));
      String repository = image.name.substring(image.name.lastIndexOf('/') + 1);
      ServiceConfig service = services.get(repository);
      if (service == null) {
        continue;
      }
      boolean nativeImage = image.tag().endsWith("-native");
      String where = id(workload) + ": container " + container.path("name").asText();
      Map<String, String> env = environment(container, workload, objects, where, problems);
      for (String name : env.keySet()) {
        if (!service.reads(name, nativeImage)) {
          problems.add(
              where
                  + ": env "
                  + name
                  + " is not read by "
                  + service.name()
                  + (nativeImage ? " (native image)" : "")
                  + "; not a key of its application.properties nor a runtime variable");
        }
      }
      int httpPort = service.httpPort();
      if (env.get("QUARKUS_HTTP_PORT") != null) {
        httpPort = Integer.parseInt(env.get("QUARKUS_HTTP_PORT"));
      }
      probes(container, httpPort, where, problems);
      jwtKeyMount(container, podSpec, env.get("CANRUN_JWT_PUBLIC_KEY"), where, problems);
    }
  }

  /**
   * The variables a container gets: its env entries and the keys of ConfigMaps/Secrets it takes
   * with envFrom; values where they are literal (null otherwise).
   */
  private static Map<String, String> environment(
      ObjectNode container,
      ObjectNode workload,
      List<ObjectNode> objects,
      String where,
      List<String> problems) {
    Map<String, String> env = new LinkedHashMap<>();
    for (JsonNode from : container.path("envFrom")) {
      String prefix = from.path("prefix").asText("");
      for (String kind : List.of("ConfigMap", "Secret")) {
        JsonNode ref = from.path("ConfigMap".equals(kind) ? "configMapRef" : "secretRef");
        if (ref.isMissingNode()) {
          continue;
        }
        Optional<ObjectNode> source =
            find(objects, kind, ref.path("name").asText(), namespace(workload));
        if (source.isEmpty()) {
          // Its keys cannot be checked, so the variables it sets would go unchecked.
          problems.add(
              where
                  + ": envFrom "
                  + kind
                  + " "
                  + ref.path("name").asText()
                  + " is not in the set; name each variable with env instead");
          continue;
        }
        source
            .get()
            .path("data")
            .fields()
            .forEachRemaining(
                e ->
                    env.put(
                        prefix + e.getKey(),
                        "ConfigMap".equals(kind) ? e.getValue().asText() : null));
      }
    }
    for (JsonNode entry : container.path("env")) {
      env.put(
          entry.path("name").asText(), entry.has("value") ? entry.path("value").asText() : null);
    }
    return env;
  }

  private static void probes(
      ObjectNode container, int httpPort, String where, List<String> problems) {
    Map<String, Integer> named = new LinkedHashMap<>();
    Set<Integer> ports = new HashSet<>();
    for (JsonNode port : container.path("ports")) {
      ports.add(port.path("containerPort").asInt());
      named.put(port.path("name").asText(), port.path("containerPort").asInt());
    }
    if (!ports.contains(httpPort)) {
      problems.add(where + ": declares no containerPort " + httpPort + " (the HTTP port)");
    }
    for (Map.Entry<String, String> expected : PROBE_PATHS.entrySet()) {
      JsonNode probe = container.path(expected.getKey());
      if (probe.isMissingNode()) {
        problems.add(where + ": no " + expected.getKey());
        continue;
      }
      JsonNode get = probe.path("httpGet");
      if (get.isMissingNode()) {
        problems.add(where + ": " + expected.getKey() + " is not an httpGet probe");
        continue;
      }
      String path = get.path("path").asText("");
      if (!expected.getValue().equals(path)) {
        problems.add(
            where
                + ": "
                + expected.getKey()
                + " path "
                + path
                + " is not served as that probe; use "
                + expected.getValue());
      }
      JsonNode port = get.path("port");
      Integer number = port.isNumber() ? Integer.valueOf(port.asInt()) : named.get(port.asText());
      if (number == null || number != httpPort) {
        problems.add(
            where
                + ": "
                + expected.getKey()
                + " port "
                + port.asText()
                + " is not HTTP port "
                + httpPort);
      }
    }
  }

  /** The JWT public key is a file: it must sit on a read-only mount of a Secret volume. */
  private static void jwtKeyMount(
      ObjectNode container,
      ObjectNode podSpec,
      String location,
      String where,
      List<String> problems) {
    if (location == null) {
      problems.add(where + ": CANRUN_JWT_PUBLIC_KEY is not set to a file path");
      return;
    }
    String path = location.startsWith("file:") ? location.substring(5) : location;
    for (JsonNode mount : container.path("volumeMounts")) {
      String mountPath = mount.path("mountPath").asText();
      if (path.startsWith(mountPath.endsWith("/") ? mountPath : mountPath + "/")) {
        boolean secret = false;
        for (JsonNode volume : podSpec.path("volumes")) {
          secret |= volume.path("name").equals(mount.path("name")) && volume.has("secret");
        }
        if (!secret || !mount.path("readOnly").asBoolean(false)) {
          problems.add(where + ": " + path + " must be on a read-only Secret mount");
        }
        return;
      }
    }
    problems.add(where + ": CANRUN_JWT_PUBLIC_KEY file " + path + " is on no volume mount");
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static Optional<ObjectNode> find(
      List<ObjectNode> objects, String kind, String name, String namespace) {
    return objects.stream()
        .filter(o -> kind.equals(o.path("kind").asText()))
        .filter(o -> name.equals(o.path("metadata").path("name").asText()))
        .filter(o -> namespace.equals(namespace(o)))
        .findFirst();
  }

  private static Set<String> names(List<ObjectNode> objects, String kind) {
    Set<String> names = new HashSet<>();
    for (ObjectNode object : objects) {
      if (kind.equals(object.path("kind").asText())) {
        names.add(object.path("metadata").path("name").asText());
      }
    }
    return names;
  }

  private static String namespace(JsonNode object) {
    return object.path("metadata").path("namespace").asText("");
  }

  static String id(JsonNode object) {
    return object.path("kind").asText("?") + "/" + object.path("metadata").path("name").asText("?");
  }
}
