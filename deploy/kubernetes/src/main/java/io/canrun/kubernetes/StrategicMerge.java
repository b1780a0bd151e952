package io.canrun.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The part of Kubernetes strategic-merge-patch canrun's overlays rely on: mappings merge
 * recursively, {@code null} deletes a field, lists of named things (containers, volumes, env,
 * mounts, ports) merge by their Kubernetes merge key, an item with {@code $patch: delete} removes
 * the matching item, and other lists are replaced.
 */
final class StrategicMerge {

  /** Merge keys by list field name, as declared in the Kubernetes API types. */
  private static final Map<String, String> MERGE_KEYS =
      Map.of(
          "containers", "name",
          "initContainers", "name",
          "volumes", "name",
          "env", "name",
          "volumeMounts", "mountPath",
          "imagePullSecrets", "name",
          "volumeClaimTemplates", "metadata.name");

  private StrategicMerge() {}

  static void merge(ObjectNode target, ObjectNode patch, String source) {
    Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (name.startsWith("$")) {
        throw new KustomizeException(source + ": unsupported patch directive " + name);
      }
      JsonNode current = target.get(name);
      if (value.isNull()) {
        target.remove(name);
      } else if (value.isObject() && current != null && current.isObject()) {
        merge((ObjectNode) current, (ObjectNode) value, source);
      } else if (value.isArray() && current != null && current.isArray()) {
        target.set(name, mergeList(name, (ArrayNode) current, (ArrayNode) value, source));
      } else {
        target.set(name, stripDirectives(value.deepCopy()));
      }
    }
  }

  private static ArrayNode mergeList(
      String field, ArrayNode current, ArrayNode patch, String source) {
    String key = mergeKey(field, current, patch);
    if (key == null) {
      return (ArrayNode) stripDirectives(patch.deepCopy());
    }
    ArrayNode result = current.deepCopy();
    for (JsonNode item : patch) {
      if (!item.isObject()) {
        throw new KustomizeException(source + ": " + field + " items must be mappings");
      }
      JsonNode id = at(item, key);
      if (id.isMissingNode()) {
        throw new KustomizeException(source + ": " + field + " item without merge key " + key);
      }
      int index = indexOf(result, key, id);
      String directive = item.path("$patch").asText(null);
      if ("delete".equals(directive)) {
        if (index < 0) {
          throw new KustomizeException(source + ": $patch delete of missing " + field + " " + id);
        }
        result.remove(index);
      } else if (directive != null) {
        throw new KustomizeException(source + ": unsupported $patch " + directive);
      } else if (index < 0) {
        result.add(stripDirectives(item.deepCopy()));
      } else {
        merge((ObjectNode) result.get(index), (ObjectNode) item, source);
      }
    }
    return result;
  }

  /** Container ports merge on containerPort, Service ports on port; others from the table. */
  private static String mergeKey(String field, ArrayNode current, ArrayNode patch) {
    if ("ports".equals(field)) {
      JsonNode sample = current.size() > 0 ? current.get(0) : patch.path(0);
      return sample.has("containerPort") ? "containerPort" : "port";
    }
    return MERGE_KEYS.get(field);
  }

  private static JsonNode at(JsonNode node, String dottedPath) {
    JsonNode current = node;
    for (String part : dottedPath.split("\\.")) {
      current = current.path(part);
    }
    return current;
  }

  private static int indexOf(ArrayNode list, String key, JsonNode id) {
    for (int i = 0; i < list.size(); i++) {
      if (at(list.get(i), key).equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static JsonNode stripDirectives(JsonNode node) {
    if (node.isObject()) {
      ((ObjectNode) node).remove("$patch");
      node.forEach(StrategicMerge::stripDirectives);
    } else if (node.isArray()) {
      node.forEach(StrategicMerge::stripDirectives);
    }
    return node;
  }
}
