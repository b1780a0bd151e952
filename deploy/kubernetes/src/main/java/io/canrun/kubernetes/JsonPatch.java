package io.canrun.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** RFC 6902 JSON Patch: add, remove, replace and test, with RFC 6901 pointers. */
final class JsonPatch {

  private JsonPatch() {}

  static void apply(ObjectNode document, ArrayNode operations, String source) {
    for (JsonNode operation : operations) {
      String op = operation.path("op").asText(null);
      String path = operation.path("path").asText(null);
      if (op == null || path == null) {
        throw new KustomizeException(source + ": operation without op or path: " + operation);
      }
      List<String> tokens = pointer(path, source);
      if (tokens.isEmpty()) {
        throw new KustomizeException(source + ": cannot " + op + " the whole document");
      }
      JsonNode parent = document;
      for (String token : tokens.subList(0, tokens.size() - 1)) {
        parent = child(parent, token, path, source);
      }
      String last = tokens.get(tokens.size() - 1);
      JsonNode value = operation.get("value");
      switch (op) {
        case "add":
          requireValue(value, operation, source);
          add(parent, last, value.deepCopy(), path, source);
          break;
        case "replace":
          requireValue(value, operation, source);
          child(parent, last, path, source);
          set(parent, last, value.deepCopy(), path, source);
          break;
        case "remove":
          child(parent, last, path, source);
          if (parent.isObject()) {
            ((ObjectNode) parent).remove(last);
          } else {
            ((ArrayNode) parent).remove(index(last, parent.size() - 1, path, source));
          }
          break;
        case "test":
          requireValue(value, operation, source);
          if (!child(parent, last, path, source).equals(value)) {
            throw new KustomizeException(source + ": test failed at " + path);
          }
          break;
        default:
          throw new KustomizeException(source + ": unsupported JSON patch op " + op);
      }
    }
  }

  private static void requireValue(JsonNode value, JsonNode operation, String source) {
    if (value == null) {
      throw new KustomizeException(source + ": operation needs a value: " + operation);
    }
  }

  private static List<String> pointer(String path, String source) {
    if (path.isEmpty()) {
      return List.of();
    }
    if (!path.startsWith("/")) {
      throw new KustomizeException(source + ": JSON pointer must start with /: " + path);
    }
    List<String> tokens = new ArrayList<>();
    for (String raw : path.substring(1).split("/", -1)) {
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  private static JsonNode child(JsonNode parent, String token, String path, String source) {
    JsonNode child;
    if (parent.isObject()) {
      child = parent.get(token);
    } else if (parent.isArray()) {
      child = parent.get(index(token, parent.size() - 1, path, source));
    } else {
      child = null;
    }
    if (child == null) {
      throw new KustomizeException(source + ": path does not exist: " + path);
    }
    return child;
  }

  private static void add(JsonNode parent, String token, JsonNode value, String path, String src) {
    if (parent.isObject()) {
      ((ObjectNode) parent).set(token, value);
    } else if (parent.isArray()) {
      ArrayNode array = (ArrayNode) parent;
      if ("-".equals(token)) {
        array.add(value);
      } else {
        array.insert(index(token, array.size(), path, src), value);
      }
    } else {
      throw new KustomizeException(src + ": cannot add below a scalar: " + path);
    }
  }

  private static void set(JsonNode parent, String token, JsonNode value, String path, String src) {
    if (parent.isObject()) {
      ((ObjectNode) parent).set(token, value);
    } else {
      ((ArrayNode) parent).set(index(token, parent.size() - 1, path, src), value);
    }
  }

  private static int index(String token, int max, String path, String source) {
    try {
      int index = Integer.parseInt(token);
      if (index >= 0 && index <= max && (token.equals("0") || !token.startsWith("0"))) {
        return index;
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw new KustomizeException(source + ": bad array index " + token + " in " + path);
  }
}
