package io.canrun.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where pod templates and their containers live in the workload kinds canrun uses. */
final class PodSpecs {

  static final Set<String> TEMPLATED_WORKLOADS =
      Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");

  private PodSpecs() {}

  /** The pod template ({@code metadata} + {@code spec}) of a workload, if it has one. */
  static Optional<ObjectNode> template(ObjectNode object) {
    String kind = object.path("kind").asText();
    JsonNode template = null;
    if (TEMPLATED_WORKLOADS.contains(kind)) {
      template = object.path("spec").path("template");
    } else if ("CronJob".equals(kind)) {
      template = object.path("spec").path("jobTemplate").path("spec").path("template");
    }
    return template != null && template.isObject()
        ? Optional.of((ObjectNode) template)
        : Optional.empty();
  }

  /** The pod spec of a workload or Pod, if present. */
  static Optional<ObjectNode> podSpec(ObjectNode object) {
    if ("Pod".equals(object.path("kind").asText())) {
      JsonNode spec = object.path("spec");
      return spec.isObject() ? Optional.of((ObjectNode) spec) : Optional.empty();
    }
    return template(object)
        .map(t -> t.path("spec"))
        .filter(JsonNode::isObject)
        .map(ObjectNode.class::cast);
  }

  /** Containers and init containers of a pod spec. */
  static List<ObjectNode> containers(ObjectNode podSpec) {
    List<ObjectNode> out = new ArrayList<>();
    for (String field : List.of("initContainers", "containers")) {
      for (JsonNode container : podSpec.path(field)) {
        if (container.isObject()) {
          out.add((ObjectNode) container);
        }
      }
    }
    return out;
  }
}
