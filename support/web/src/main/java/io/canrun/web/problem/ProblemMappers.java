package io.canrun.web.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.canrun.web.query.DeclaredParameters;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an {@code application/problem+json} response. Nothing internal (class
 * names, stack traces, SQL) reaches the client; unexpected failures are logged with an incident id
 * that the response repeats so an operator can find the log line.
 */
public class ProblemMappers {

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return ProblemResponses.of(e.type(), e.status(), e.getMessage(), path(uri), e.errors());
  }

  @ServerExceptionMapper
  public Response endpointViolation(ResteasyReactiveViolationException e, UriInfo uri) {
    return violations(e, uri);
  }

  @ServerExceptionMapper
  public Response violation(ConstraintViolationException e, UriInfo uri) {
    return violations(e, uri);
  }

  @ServerExceptionMapper
  public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
    String field = jsonPath(e);
    return malformed(
        "Unknown field '" + field + "'" + location(e.getLocation()), field, "unknown field", uri);
  }

  @ServerExceptionMapper
  public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
    String field = jsonPath(e);
    String message = "expected " + describe(e.getTargetType()) + ", got '" + e.getValue() + "'";
    return malformed("Field '" + field + "' " + message, field, message, uri);
  }

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    String field = jsonPath(e);
    String message = "expected " + describe(e.getTargetType());
    if (field.isEmpty()) {
      return malformed(
          "The body does not have the expected shape: " + message + location(e.getLocation()),
          "body",
          message,
          uri);
    }
    return malformed("Field '" + field + "' has the wrong type: " + message, field, message, uri);
  }

  @ServerExceptionMapper
  public Response jsonMapping(JsonMappingException e, UriInfo uri) {
    String field = jsonPath(e);
    String message = e.getOriginalMessage() == null ? "is invalid" : e.getOriginalMessage();
    return malformed(
        field.isEmpty() ? "Invalid body: " + message : "Field '" + field + "': " + message,
        field.isEmpty() ? "body" : field,
        message,
        uri);
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e, UriInfo uri) {
    return malformed("The body is not valid JSON" + location(e.getLocation()), "body", "", uri);
  }

  @ServerExceptionMapper
  public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
    return unauthenticated(uri);
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
    return unauthenticated(uri);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return ProblemResponses.of(
        ProblemType.FORBIDDEN,
        "Your token does not carry the role this operation needs.",
        path(uri));
  }

  @ServerExceptionMapper
  public Response http(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return internal(e, uri);
    }
    ProblemType type = typeOf(status);
    String detail =
        switch (status) {
          case 404 -> "No resource at " + path(uri);
          case 405 -> "This resource does not support that HTTP method.";
          case 406 -> "This resource answers only with JSON.";
          case 415 -> "Send the body as application/json.";
          case 400 -> "The request could not be read: check the body is JSON of the right shape.";
          default -> e.getResponse().getStatusInfo().getReasonPhrase();
        };
    return ProblemResponses.of(type, status, detail, path(uri), List.of());
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    return internal(e, uri);
  }

  /** A 500 that tells the client only an incident id; the log line carries the details. */
  public static Response internal(Throwable e, UriInfo uri) {
    String incident = UUID.randomUUID().toString();
    Log.errorf(e, "Unexpected failure on %s (incident %s)", path(uri), incident);
    return ProblemResponses.of(
        ProblemType.INTERNAL_ERROR,
        "The server could not complete the request; quote incident " + incident + ".",
        path(uri));
  }

  private static ProblemType typeOf(int status) {
    return switch (status) {
      case 404 -> ProblemType.NOT_FOUND;
      case 405 -> ProblemType.METHOD_NOT_ALLOWED;
      case 406 -> ProblemType.NOT_ACCEPTABLE;
      case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
      case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
      case 400 -> ProblemType.MALFORMED_BODY;
      default -> ProblemType.HTTP_ERROR;
    };
  }

  private static Response unauthenticated(UriInfo uri) {
    Response problem =
        ProblemResponses.of(
            ProblemType.UNAUTHENTICATED,
            "Send a valid bearer token (JWT) in the Authorization header.",
            path(uri));
    return Response.fromResponse(problem)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"canrun\"")
        .build();
  }

  /**
   * Invalid input: a 400 naming every offending field. When each violation is of a query parameter
   * (a component of a parameter record), the problem is invalid-parameter, like every other refusal
   * of a query parameter; otherwise it is validation-failed.
   */
  private static Response violations(ConstraintViolationException e, UriInfo uri) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    if (errors.stream().anyMatch(error -> error.field().equals("<return value>"))) {
      return internal(e, uri);
    }
    boolean parameters =
        e.getConstraintViolations().stream().allMatch(v -> queryParameter(v).isPresent());
    ProblemType type = parameters ? ProblemType.INVALID_PARAMETER : ProblemType.VALIDATION_FAILED;
    String detail =
        errors.stream()
            .map(
                error ->
                    (parameters ? "Parameter '" : "'") + error.field() + "' " + error.message())
            .collect(Collectors.joining("; "));
    return ProblemResponses.of(type, type.status(), detail, path(uri), errors);
  }

  /** The query parameter a violation is about, when it is about one. */
  private static Optional<String> queryParameter(ConstraintViolation<?> violation) {
    Object bean = violation.getLeafBean();
    Path.Node leaf = null;
    for (Path.Node node : violation.getPropertyPath()) {
      leaf = node;
    }
    if (bean == null || leaf == null || leaf.getKind() != ElementKind.PROPERTY) {
      return Optional.empty();
    }
    return DeclaredParameters.queryName(bean.getClass(), leaf.getName());
  }

  /**
   * The name a client knows the field by: the query parameter, or the path inside the body without
   * the Java method and parameter names that Bean Validation puts in front of it.
   */
  static String fieldName(ConstraintViolation<?> violation) {
    Optional<String> parameter = queryParameter(violation);
    if (parameter.isPresent()) {
      return parameter.get();
    }
    List<String> parts = new ArrayList<>();
    String methodParameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.RETURN_VALUE) {
        return "<return value>";
      }
      if (kind == ElementKind.PARAMETER) {
        methodParameter = node.getName();
      } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
        String name = node.getName() == null ? "" : node.getName();
        if (node.getIndex() != null && !parts.isEmpty()) {
          int last = parts.size() - 1;
          parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
        } else if (node.getIndex() != null) {
          parts.add("[" + node.getIndex() + "]");
        }
        if (!name.isEmpty() && !name.startsWith("<")) {
          parts.add(name);
        }
      }
    }
    if (parts.isEmpty()) {
      return methodParameter == null ? "body" : methodParameter;
    }
    return String.join(".", parts).replace(".[", "[");
  }

  private static Response malformed(String detail, String field, String message, UriInfo uri) {
    List<Problem.FieldError> errors =
        message.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
    return ProblemResponses.of(
        ProblemType.MALFORMED_BODY, ProblemType.MALFORMED_BODY.status(), detail, path(uri), errors);
  }

  private static String jsonPath(JsonMappingException e) {
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
    return path.toString();
  }

  private static String describe(Class<?> target) {
    if (target == null) {
      return "another type";
    }
    if (target.isEnum()) {
      return "one of "
          + Arrays.stream(target.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    String javaType = target.getSimpleName();
    return switch (javaType) {
      case "Integer", "int", "Long", "long" -> "a whole number";
      case "Double", "double", "Float", "float", "BigDecimal" -> "a number";
      case "Boolean", "boolean" -> "true or false";
      case "String" -> "a string";
      case "LocalDate" -> "a date (YYYY-MM-DD)";
      case "List", "ArrayList", "Set" -> "an array";
      default -> javaType.endsWith("[]") ? "an array" : "a JSON object or a known value";
    };
  }

  private static String location(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static String path(UriInfo uri) {
    return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
  }
}
