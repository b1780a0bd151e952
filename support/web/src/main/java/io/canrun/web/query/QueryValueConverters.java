package io.canrun.web.query;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Converts query-parameter values by {@link QueryValues}' rules (trimmed, blank as absent, enum
 * constants in any case) instead of JAX-RS's, so that binding accepts exactly what {@link
 * io.canrun.web.http.QueryParameterCheck} let through.
 */
@Provider
public class QueryValueConverters implements ParamConverterProvider {

  @Override
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (!bindsQuery(annotations) || !QueryValues.supports(rawType)) {
      return null;
    }
    return new ParamConverter<>() {
      @Override
      public T fromString(String value) {
        try {
          @SuppressWarnings("unchecked")
          T converted = (T) QueryValues.parse(rawType, value);
          return converted;
        } catch (IllegalArgumentException e) {
          // Unreachable after QueryParameterCheck; a 400 rather than JAX-RS's 404 all the same.
          throw new BadRequestException(e.getMessage(), e);
        }
      }

      @Override
      public String toString(T value) {
        return value == null ? null : value.toString();
      }
    };
  }

  private static boolean bindsQuery(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof RestQuery || annotation instanceof QueryParam) {
        return true;
      }
    }
    return false;
  }
}
