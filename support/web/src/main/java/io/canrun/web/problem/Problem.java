package io.canrun.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is a stable URI per problem kind so that clients can
 * branch on it; {@code errors} names each offending field when the problem is about the input.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem of {@code type} at its own status, without field errors. */
  public static Problem of(ProblemType type, String detail, String instance) {
    return new Problem(type.uri(), type.title(), type.status(), detail, instance, List.of());
  }

  /** One invalid input: the field (or parameter) and what is wrong with it. */
  @RegisterForReflection
  public record FieldError(String field, String message) {}
}
