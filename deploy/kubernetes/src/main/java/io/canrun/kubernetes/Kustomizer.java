package io.canrun.kubernetes;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Renders a kustomization directory the way {@code kubectl kustomize} does, for the subset of
 * features canrun's manifests use: resources (files and directories), configMapGenerator and
 * secretGenerator (with content-hash name suffixes and reference rewriting), patches
 * (strategic-merge and JSON 6902), namespace, commonLabels/labels and images. Anything else in a
 * kustomization.yaml is an error.
 */
public final class Kustomizer {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String API_VERSION = "kustomize.config.k8s.io/v1beta1";

  /** A rendered object, plus the name it had before a generator's hash suffix is added. */
  private static final class Item {
    final ObjectNode object;
    final String originalName;
    boolean hashed;

    Item(ObjectNode object, boolean hashed) {
      this.object = object;
      this.originalName = object.path("metadata").path("name").asText();
      this.hashed = hashed;
    }

    String kind() {
      return object.path("kind").asText();
    }
  }

  /** Renders {@code directory} (which holds a kustomization.yaml) to a list of objects. */
  public List<ObjectNode> render(Path directory) {
    List<Item> items = build(directory.toAbsolutePath().normalize(), new HashSet<>());
    applyHashSuffixes(items);
    List<ObjectNode> out = new ArrayList<>();
    for (Item item : items) {
      out.add(item.object);
    }
    return out;
  }

  private List<Item> build(Path directory, Set<Path> visiting) {
    if (!visiting.add(directory)) {
      throw new KustomizeException("kustomization cycle through " + directory);
    }
    Path file = directory.resolve("kustomization.yaml");
    if (!Files.isRegularFile(file)) {
      throw new KustomizeException("no kustomization.yaml in " + directory);
    }
    Kustomization k = read(file);
    if (k.apiVersion() != null && !API_VERSION.equals(k.apiVersion())) {
      throw new KustomizeException(file + ": apiVersion must be " + API_VERSION);
    }
    if (k.kind() != null && !"Kustomization".equals(k.kind())) {
      throw new KustomizeException(file + ": kind must be Kustomization");
    }

    List<Item> items = new ArrayList<>();
    for (String resource : nullToEmpty(k.resources())) {
      Path path = directory.resolve(resource).normalize();
      if (Files.isDirectory(path)) {
        items.addAll(build(path, visiting));
      } else if (Files.isRegularFile(path)) {
        for (ObjectNode object : Yaml.readAll(path)) {
          items.add(new Item(object, false));
        }
      } else {
        throw new KustomizeException(file + ": resource not found: " + resource);
      }
    }
    checkUnique(items, file);

    boolean hashByDefault =
        k.generatorOptions() == null
            || !Boolean.TRUE.equals(k.generatorOptions().disableNameSuffixHash());
    for (Kustomization.Generator g : nullToEmpty(k.configMapGenerator())) {
      generate(items, g, "ConfigMap", directory, hashByDefault, k.generatorOptions());
    }
    for (Kustomization.Generator g : nullToEmpty(k.secretGenerator())) {
      generate(items, g, "Secret", directory, hashByDefault, k.generatorOptions());
    }
    checkUnique(items, file);

    for (Kustomization.Patch patch : nullToEmpty(k.patches())) {
      applyPatch(items, patch, directory, file);
    }
    if (k.namespace() != null) {
      for (Item item : items) {
        item.object.with("metadata").put("namespace", k.namespace());
      }
    }
    if (k.commonLabels() != null) {
      Labels.apply(items(items), k.commonLabels(), true, true);
    }
    for (Kustomization.Labels labels : nullToEmpty(k.labels())) {
      if (labels.pairs() == null || labels.pairs().isEmpty()) {
        throw new KustomizeException(file + ": labels entry without pairs");
      }
      Labels.apply(
          items(items),
          labels.pairs(),
          Boolean.TRUE.equals(labels.includeSelectors()),
          Boolean.TRUE.equals(labels.includeTemplates()));
    }
    for (Kustomization.Image image : nullToEmpty(k.images())) {
      int changed = 0;
      for (Item item : items) {
        changed += Images.apply(item.object, image);
      }
      if (changed == 0) {
        throw new KustomizeException(file + ": images entry matches no container: " + image.name());
      }
    }
    visiting.remove(directory);
    return items;
  }

  private static Kustomization read(Path file) {
    try {
      return Yaml.strict().readValue(file.toFile(), Kustomization.class);
    } catch (JsonMappingException e) {
      throw new KustomizeException(
          file + ": " + Yaml.path(e) + ": " + e.getOriginalMessage().split("\n")[0]);
    } catch (IOException e) {
      throw new KustomizeException(file + ": " + e.getMessage());
    }
  }

  private static void checkUnique(List<Item> items, Path file) {
    Set<String> seen = new HashSet<>();
    for (Item item : items) {
      String id = item.kind() + "/" + item.originalName;
      if (!seen.add(id)) {
        throw new KustomizeException(file + ": duplicate resource " + id);
      }
    }
  }

  // ---- generators -------------------------------------------------------------------------

  private static void generate(
      List<Item> items,
      Kustomization.Generator g,
      String kind,
      Path directory,
      boolean hashByDefault,
      Kustomization.GeneratorOptions globalOptions) {
    if (g.name() == null) {
      throw new KustomizeException(directory + ": " + kind + " generator without a name");
    }
    Map<String, String> data = new TreeMap<>();
    for (String literal : nullToEmpty(g.literals())) {
      int eq = literal.indexOf('=');
      if (eq <= 0) {
        throw new KustomizeException(directory + ": literal is not key=value: " + literal);
      }
      put(data, literal.substring(0, eq), literal.substring(eq + 1), g.name());
    }
    for (String entry : nullToEmpty(g.files())) {
      int eq = entry.indexOf('=');
      Path named = Path.of(eq > 0 ? entry.substring(eq + 1) : entry).getFileName();
      if (named == null) {
        throw new KustomizeException(directory + ": generator file entry names no file: " + entry);
      }
      String key = eq > 0 ? entry.substring(0, eq) : named.toString();
      Path source = directory.resolve(eq > 0 ? entry.substring(eq + 1) : entry).normalize();
      try {
        put(data, key, Files.readString(source, StandardCharsets.UTF_8), g.name());
      } catch (IOException e) {
        throw new KustomizeException(directory + ": generator file not readable: " + source);
      }
    }

    String behavior = g.behavior() == null ? "create" : g.behavior();
    Item existing = find(items, kind, g.name());
    switch (behavior) {
      case "create":
        if (existing != null) {
          throw new KustomizeException(
              directory + ": " + kind + " " + g.name() + " exists; use behavior merge/replace");
        }
        ObjectNode object = NODES.objectNode();
        object.put("apiVersion", "v1");
        object.put("kind", kind);
        ObjectNode metadata = object.putObject("metadata");
        metadata.put("name", g.name());
        Map<String, String> labels = new TreeMap<>();
        if (globalOptions != null && globalOptions.labels() != null) {
          labels.putAll(globalOptions.labels());
        }
        if (g.options() != null && g.options().labels() != null) {
          labels.putAll(g.options().labels());
        }
        if (!labels.isEmpty()) {
          ObjectNode labelNode = metadata.putObject("labels");
          labels.forEach(labelNode::put);
        }
        if ("Secret".equals(kind)) {
          object.put("type", g.type() == null ? "Opaque" : g.type());
        } else if (g.type() != null) {
          throw new KustomizeException(directory + ": type is only for secretGenerator");
        }
        writeData(object, kind, data, false);
        boolean hash = hashByDefault;
        if (g.options() != null && g.options().disableNameSuffixHash() != null) {
          hash = !g.options().disableNameSuffixHash();
        }
        items.add(new Item(object, hash));
        break;
      case "merge":
      case "replace":
        if (existing == null) {
          throw new KustomizeException(
              directory + ": " + behavior + " of " + kind + " " + g.name() + " found no base");
        }
        writeData(existing.object, kind, data, "merge".equals(behavior));
        break;
      default:
        throw new KustomizeException(directory + ": unknown generator behavior " + behavior);
    }
  }

  private static void put(Map<String, String> data, String key, String value, String name) {
    if (data.put(key, value) != null) {
      throw new KustomizeException("generator " + name + " has key " + key + " twice");
    }
  }

  private static void writeData(
      ObjectNode object, String kind, Map<String, String> data, boolean merge) {
    ObjectNode target =
        merge && object.has("data") ? (ObjectNode) object.get("data") : NODES.objectNode();
    data.forEach(
        (key, value) ->
            target.put(
                key,
                "Secret".equals(kind)
                    ? Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))
                    : value));
    object.set("data", target);
  }

  private static Item find(List<Item> items, String kind, String originalName) {
    for (Item item : items) {
      if (item.kind().equals(kind) && item.originalName.equals(originalName)) {
        return item;
      }
    }
    return null;
  }

  /**
   * Appends a content hash to generated names, as kustomize does, so a changed ConfigMap or Secret
   * rolls the pods that use it; then points every reference at the new name. The hash is a SHA-256
   * of the object's kind, name, type and data; it is not kustomize's byte-for-byte.
   */
  private static void applyHashSuffixes(List<Item> items) {
    Map<String, String> renames = new LinkedHashMap<>();
    for (Item item : items) {
      if (!item.hashed) {
        continue;
      }
      String hashed = item.originalName + "-" + hash(item.object);
      item.object.with("metadata").put("name", hashed);
      renames.put(item.kind() + "/" + item.originalName, hashed);
    }
    if (!renames.isEmpty()) {
      for (Item item : items) {
        References.rename(item.object, renames);
      }
    }
  }

  private static String hash(ObjectNode object) {
    StringBuilder canonical = new StringBuilder();
    canonical.append(object.path("kind").asText()).append('\n');
    canonical.append(object.path("metadata").path("name").asText()).append('\n');
    canonical.append(object.path("type").asText()).append('\n');
    new TreeMap<>(Labels.toMap(object.path("data")))
        .forEach((k, v) -> canonical.append(k).append('=').append(v).append('\n'));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      // kustomize-like: 10 characters, digits and vowels swapped out so no words appear.
      String hex = HexFormat.of().formatHex(digest).substring(0, 10);
      return hex.replace('0', 'g')
          .replace('1', 'h')
          .replace('3', 'k')
          .replace('a', 'm')
          .replace('e', 't');
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- patches ----------------------------------------------------------------------------

  private static void applyPatch(
      List<Item> items, Kustomization.Patch patch, Path directory, Path file) {
    if ((patch.path() == null) == (patch.patch() == null)) {
      throw new KustomizeException(file + ": a patch needs exactly one of path and patch");
    }
    String text;
    String source;
    if (patch.path() != null) {
      Path path = directory.resolve(patch.path()).normalize();
      try {
        text = Files.readString(path);
      } catch (IOException e) {
        throw new KustomizeException(file + ": patch file not readable: " + path);
      }
      source = path.toString();
    } else {
      text = patch.patch();
      source = file + " (inline patch)";
    }
    JsonNode parsed;
    try {
      parsed = Yaml.trees().readTree(text);
    } catch (IOException e) {
      throw new KustomizeException(source + ": not valid YAML: " + e.getMessage());
    }

    if (parsed != null && parsed.isArray()) {
      if (patch.target() == null) {
        throw new KustomizeException(source + ": a JSON 6902 patch needs a target");
      }
      List<Item> targets = select(items, patch.target());
      if (targets.isEmpty()) {
        throw new KustomizeException(source + ": patch target matches nothing");
      }
      for (Item item : targets) {
        JsonPatch.apply(item.object, (ArrayNode) parsed, source);
      }
      return;
    }
    if (parsed == null || !parsed.isObject()) {
      throw new KustomizeException(source + ": a patch must be a mapping or a list");
    }
    ObjectNode smp = (ObjectNode) parsed;
    List<Item> targets;
    if (patch.target() != null) {
      targets = select(items, patch.target());
    } else {
      String kind = smp.path("kind").asText(null);
      String name = smp.path("metadata").path("name").asText(null);
      if (kind == null || name == null) {
        throw new KustomizeException(source + ": a strategic-merge patch needs kind and name");
      }
      Item target = find(items, kind, name);
      targets = target == null ? List.of() : List.of(target);
    }
    if (targets.isEmpty()) {
      throw new KustomizeException(source + ": patch matches no resource");
    }
    for (Item item : targets) {
      ObjectNode body = smp.deepCopy();
      // The patch names its target; the name must not overwrite a generated (hashed) name.
      if (patch.target() != null || item.hashed) {
        body.remove("kind");
        body.remove("apiVersion");
        if (body.has("metadata")) {
          ((ObjectNode) body.get("metadata")).remove("name");
        }
      }
      StrategicMerge.merge(item.object, body, source);
    }
  }

  private static List<Item> select(List<Item> items, Kustomization.Target target) {
    List<Item> out = new ArrayList<>();
    for (Item item : items) {
      String apiVersion = item.object.path("apiVersion").asText();
      int slash = apiVersion.indexOf('/');
      String group = slash < 0 ? "" : apiVersion.substring(0, slash);
      String version = slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
      if (matches(target.kind(), item.kind())
          && matches(target.name(), item.originalName)
          && matches(target.group(), group)
          && matches(target.version(), version)
          && matches(
              target.namespace(), item.object.path("metadata").path("namespace").asText(""))) {
        out.add(item);
      }
    }
    return out;
  }

  private static boolean matches(String wanted, String actual) {
    return wanted == null || Objects.equals(wanted, actual);
  }

  private static List<ObjectNode> items(List<Item> items) {
    List<ObjectNode> out = new ArrayList<>();
    for (Item item : items) {
      out.add(item.object);
    }
    return out;
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** Renders {@code args[0]} to standard output (for use outside Maven). */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: Kustomizer <kustomization directory>");
      System.exit(2);
    }
    System.out.print(Yaml.writeAll(new Kustomizer().render(Path.of(args[0]))));
  }
}
