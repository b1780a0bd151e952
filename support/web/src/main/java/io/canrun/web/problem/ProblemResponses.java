package io.canrun.web.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds the one response shape every error takes. */
public final class ProblemResponses {

  private ProblemResponses() {}

  public static Response of(
      ProblemType type,
      int status,
      String detail,
      String instance,
      List<Problem.FieldError> errors) {
    Problem problem = new Problem(type.uri(), type.title(), status, detail, instance, errors);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  public static Response of(ProblemType type, String detail, String instance) {
    return of(type, type.status(), detail, instance, List.of());
  }
}
