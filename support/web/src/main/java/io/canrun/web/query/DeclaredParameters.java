package io.canrun.web.query;

import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query parameters a resource method declares: the {@code @RestQuery} (or {@code @QueryParam})
 * components of its parameter records, bound with {@code @BeanParam}, and the name prefixes those
 * records claim with {@link QueryPrefix}. The annotations that bind a parameter are its only
 * declaration: there is no second list to keep in step.
 */
public final class DeclaredParameters {

  private static final ClassValue<Declared> BY_RECORD =
      new ClassValue<>() {
        @Override
        protected Declared computeValue(Class<?> type) {
          return Declared.of(type);
        }
      };

  private final List<Declared> records;

  private DeclaredParameters(List<Declared> records) {
    this.records = records;
  }

  /** What a method with these parameter types declares (records only; other types declare none). */
  public static DeclaredParameters of(Class<?>... parameterTypes) {
    return new DeclaredParameters(
        Arrays.stream(parameterTypes)
            .filter(Class::isRecord)
            .map(BY_RECORD::get)
            .filter(declared -> !declared.isEmpty())
            .toList());
  }

  /**
   * The query parameter a record component binds, or empty when it binds none (a body field, say).
   */
  public static Optional<String> queryName(Class<?> type, String component) {
    if (!type.isRecord()) {
      return Optional.empty();
    }
    return BY_RECORD.get(type).parameters.entrySet().stream()
        .filter(entry -> entry.getValue().component().equals(component))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** The parameter named {@code name}, or empty when the method does not declare it. */
  public Optional<Parameter> parameter(String name) {
    for (Declared declared : records) {
      Parameter parameter = declared.parameters.get(name);
      if (parameter != null) {
        return Optional.of(parameter);
      }
      for (String prefix : declared.prefixes) {
        if (name.startsWith(prefix) && name.length() > prefix.length()) {
          return Optional.of(Parameter.PREFIXED);
        }
      }
    }
    return Optional.empty();
  }

  /** Every declared name, prefixes shown as {@code prefix*}, for "did you mean" suggestions. */
  public Collection<String> names() {
    TreeSet<String> names = new TreeSet<>();
    for (Declared declared : records) {
      names.addAll(declared.parameters.keySet());
      declared.prefixes.forEach(prefix -> names.add(prefix + "*"));
    }
    return names;
  }

  /**
   * One declared parameter.
   *
   * @param component the record component that binds it
   * @param type its Java type; null for a prefixed name, whose value the resource checks itself
   * @param repeatable whether it may be given more than once (a collection)
   */
  public record Parameter(String component, Class<?> type, boolean repeatable) {

    static final Parameter PREFIXED = new Parameter(null, null, false);
  }

  /** What one record declares. */
  private record Declared(Map<String, Parameter> parameters, List<String> prefixes) {

    static Declared of(Class<?> type) {
      Map<String, Parameter> parameters = new LinkedHashMap<>();
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        String name = queryName(field);
        if (name != null) {
          boolean collection = Collection.class.isAssignableFrom(field.getType());
          parameters.put(
              name,
              new Parameter(field.getName(), collection ? null : field.getType(), collection));
        }
      }
      QueryPrefix prefix = type.getAnnotation(QueryPrefix.class);
      return new Declared(
          Collections.unmodifiableMap(parameters),
          prefix == null ? List.of() : List.of(prefix.value()));
    }

    private static String queryName(Field field) {
      RestQuery rest = field.getAnnotation(RestQuery.class);
      if (rest != null) {
        return rest.value().isEmpty() ? field.getName() : rest.value();
      }
      QueryParam jaxrs = field.getAnnotation(QueryParam.class);
      return jaxrs == null ? null : jaxrs.value();
    }

    boolean isEmpty() {
      return parameters.isEmpty() && prefixes.isEmpty();
    }
  }
}
