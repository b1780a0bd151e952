package io.canrun.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Label transformer (kustomize commonLabels / labels) and label-map helpers. */
final class Labels {

  private Labels() {}

  /**
   * Adds {@code pairs} to every object's metadata.labels; to pod templates (and StatefulSet claim
   * templates) when {@code templates}; and to selectors when {@code selectors}. Selectors that
   * exist are extended, and workload/Service selectors are created as kustomize does; an empty
   * NetworkPolicy podSelector stays empty, because there it means "every pod".
   */
  static void apply(
      List<ObjectNode> objects, Map<String, String> pairs, boolean selectors, boolean templates) {
    for (ObjectNode object : objects) {
      add(object.with("metadata").with("labels"), pairs);
      String kind = object.path("kind").asText();
      if (templates || selectors) {
        PodSpecs.template(object).ifPresent(t -> add(t.with("metadata").with("labels"), pairs));
        if ("StatefulSet".equals(kind)) {
          for (JsonNode claim : object.path("spec").path("volumeClaimTemplates")) {
            add(((ObjectNode) claim).with("metadata").with("labels"), pairs);
          }
        }
      }
      if (!selectors) {
        continue;
      }
      ObjectNode spec = object.with("spec");
      switch (kind) {
        case "Service":
          add(spec.with("selector"), pairs);
          break;
        case "Deployment":
        case "StatefulSet":
        case "DaemonSet":
        case "ReplicaSet":
          add(spec.with("selector").with("matchLabels"), pairs);
          break;
        case "PodDisruptionBudget":
          extendIfPresent(spec.path("selector").path("matchLabels"), pairs);
          break;
        case "NetworkPolicy":
          extendIfPresent(spec.path("podSelector").path("matchLabels"), pairs);
          for (String direction : List.of("ingress", "egress")) {
            for (JsonNode rule : spec.path(direction)) {
              for (JsonNode peer : rule.path("ingress".equals(direction) ? "from" : "to")) {
                extendIfPresent(peer.path("podSelector").path("matchLabels"), pairs);
              }
            }
          }
          break;
        default:
          break;
      }
    }
  }

  private static void extendIfPresent(JsonNode map, Map<String, String> pairs) {
    if (map.isObject() && map.size() > 0) {
      add((ObjectNode) map, pairs);
    }
  }

  private static void add(ObjectNode map, Map<String, String> pairs) {
    pairs.forEach(map::put);
  }

  /** A string map from a YAML mapping (missing → empty). */
  static Map<String, String> toMap(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node != null && node.isObject()) {
      node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    }
    return out;
  }
}
