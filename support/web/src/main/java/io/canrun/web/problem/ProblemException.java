package io.canrun.web.problem;

import java.util.List;

/**
 * Thrown by resources and services to answer with a problem document. It carries no cause on
 * purpose: what reaches the client is the detail written here, never an internal message.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final int status;
  private final transient List<Problem.FieldError> errors;

  public ProblemException(ProblemType type, String detail) {
    this(type, type.status(), detail, List.of());
  }

  public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
    this(type, type.status(), detail, errors);
  }

  /** For a problem kind whose status depends on the case, e.g. an HTTP error passed through. */
  public ProblemException(
      ProblemType type, int status, String detail, List<Problem.FieldError> errors) {
    super(detail, null, false, false);
    this.type = type;
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  /** A 400 naming the one parameter that is wrong. */
  public static ProblemException invalidParameter(String parameter, String message) {
    return new ProblemException(
        ProblemType.INVALID_PARAMETER,
        "Parameter '" + parameter + "' " + message,
        List.of(new Problem.FieldError(parameter, message)));
  }

  public ProblemType type() {
    return type;
  }

  public int status() {
    return status;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
