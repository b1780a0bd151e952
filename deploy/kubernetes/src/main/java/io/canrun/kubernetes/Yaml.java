package io.canrun.kubernetes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** YAML reading and writing, and the strict mapper that turns typed reads into schema checks. */
public final class Yaml {

  private static final YAMLMapper TREES =
      YAMLMapper.builder()
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          // A string such as "8080" must stay a string when written back.
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .build();

  private static final ObjectMapper STRICT = strictMapper();

  private Yaml() {}

  /** The mapper for untyped trees (rendering works on these). */
  public static YAMLMapper trees() {
    return TREES;
  }

  /**
   * A mapper that fails on unknown fields and refuses scalar coercion ("2" for an integer, 5 for a
   * string, "true" for a boolean), as the Kubernetes API server does.
   *
   * <p>The fabric8 model classes collect unknown fields in an any-setter map; the introspector
   * switches that off, and ignores their ignore-unknown markers, so unknown fields fail instead.
   */
  public static ObjectMapper strict() {
    return STRICT;
  }

  private static ObjectMapper strictMapper() {
    YAMLMapper mapper =
        YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .annotationIntrospector(
                new JacksonAnnotationIntrospector() {
                  @Override
                  public Boolean hasAnySetter(Annotated annotated) {
                    return Boolean.FALSE;
                  }

                  @Override
                  public JsonIgnoreProperties.Value findPropertyIgnoralByName(
                      MapperConfig<?> config, Annotated annotated) {
                    return JsonIgnoreProperties.Value.empty();
                  }
                })
            .build();
    for (CoercionInputShape shape :
        List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    return mapper;
  }

  /** Every non-empty document of a (multi-document) YAML file. */
  public static List<ObjectNode> readAll(Path file) {
    try {
      return readAll(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Every non-empty document of a YAML text; {@code source} names it in errors. */
  public static List<ObjectNode> readAll(String text, String source) {
    List<ObjectNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> it = TREES.readerFor(JsonNode.class).readValues(text)) {
      while (it.hasNext()) {
        JsonNode node = it.next();
        if (node == null || node.isNull() || node.isMissingNode()) {
          continue;
        }
        if (!node.isObject()) {
          throw new KustomizeException(source + ": a document is not a mapping: " + node);
        }
        documents.add((ObjectNode) node);
      }
    } catch (IOException e) {
      throw new KustomizeException(source + ": not valid YAML: " + e.getMessage());
    }
    return documents;
  }

  /** One YAML stream of all {@code documents}, separated by {@code ---}. */
  public static String writeAll(List<ObjectNode> documents) {
    return documents.stream().map(Yaml::write).collect(Collectors.joining("---\n"));
  }

  static String write(JsonNode node) {
    try {
      return TREES.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "spec.template.spec.containers[0].name" from a mapping exception's reference chain. */
  static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "(document)" : path.toString();
  }
}
