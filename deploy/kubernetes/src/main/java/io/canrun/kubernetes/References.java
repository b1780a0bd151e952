package io.canrun.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Where pods refer to ConfigMaps and Secrets by name (for renaming and for reference checks). */
final class References {

  /** One name reference: the kind referred to, the node holding it, and its field. */
  record Ref(String kind, ObjectNode holder, String field, boolean optional, String key) {
    String name() {
      return holder.path(field).asText();
    }
  }

  private References() {}

  /** Points references to {@code "Kind/original"} at the renamed object. */
  static void rename(ObjectNode object, Map<String, String> renames) {
    for (Ref ref : of(object)) {
      String renamed = renames.get(ref.kind() + "/" + ref.name());
      if (renamed != null) {
        ref.holder().put(ref.field(), renamed);
      }
    }
  }

  /** Every ConfigMap/Secret reference in the object's pod spec. */
  static List<Ref> of(ObjectNode object) {
    List<Ref> refs = new ArrayList<>();
    PodSpecs.podSpec(object).ifPresent(spec -> collect(spec, refs));
    return refs;
  }

  private static void collect(ObjectNode spec, List<Ref> refs) {
    BiConsumer<JsonNode, String[]> add =
        (node, kindField) -> {
          if (node.isObject() && node.has(kindField[1])) {
            refs.add(
                new Ref(
                    kindField[0],
                    (ObjectNode) node,
                    kindField[1],
                    node.path("optional").asBoolean(false),
                    node.path("key").asText(null)));
          }
        };
    for (JsonNode volume : spec.path("volumes")) {
      add.accept(volume.path("configMap"), new String[] {"ConfigMap", "name"});
      add.accept(volume.path("secret"), new String[] {"Secret", "secretName"});
      for (JsonNode source : volume.path("projected").path("sources")) {
        add.accept(source.path("configMap"), new String[] {"ConfigMap", "name"});
        add.accept(source.path("secret"), new String[] {"Secret", "name"});
      }
    }
    for (JsonNode pullSecret : spec.path("imagePullSecrets")) {
      add.accept(pullSecret, new String[] {"Secret", "name"});
    }
    for (ObjectNode container : PodSpecs.containers(spec)) {
      for (JsonNode env : container.path("env")) {
        add.accept(
            env.path("valueFrom").path("configMapKeyRef"), new String[] {"ConfigMap", "name"});
        add.accept(env.path("valueFrom").path("secretKeyRef"), new String[] {"Secret", "name"});
      }
      for (JsonNode envFrom : container.path("envFrom")) {
        add.accept(envFrom.path("configMapRef"), new String[] {"ConfigMap", "name"});
        add.accept(envFrom.path("secretRef"), new String[] {"Secret", "name"});
      }
    }
  }
}
