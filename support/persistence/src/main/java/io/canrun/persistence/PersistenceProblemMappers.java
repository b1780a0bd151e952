package io.canrun.persistence;

import io.canrun.web.problem.ProblemMappers;
import io.canrun.web.problem.ProblemResponses;
import io.canrun.web.problem.ProblemType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Database failures that are the client's to fix: a concurrent writer won (412), the row would
 * duplicate or orphan another (409), or the request carries a character PostgreSQL cannot store in
 * text, such as U+0000 (400). Anything else is an internal error.
 */
public class PersistenceProblemMappers {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String FOREIGN_KEY_VIOLATION = "23503";
  private static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";
  private static final String UNTRANSLATABLE_CHARACTER = "22P05";

  @ServerExceptionMapper
  public Response persistence(PersistenceException e, UriInfo uri) {
    return classify(e, uri);
  }

  @ServerExceptionMapper
  public Response rollback(RollbackException e, UriInfo uri) {
    return classify(e, uri);
  }

  @ServerExceptionMapper
  public Response stale(StaleStateException e, UriInfo uri) {
    return classify(e, uri);
  }

  private Response classify(Throwable e, UriInfo uri) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
        return ProblemResponses.of(
            ProblemType.STALE_VERSION,
            "Another writer changed this resource first; read it again and reapply your change.",
            path(uri));
      }
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return ProblemResponses.of(
            ProblemType.CONFLICT, "A resource with the same identity already exists.", path(uri));
      }
      if (cause instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
        return ProblemResponses.of(
            ProblemType.CONFLICT,
            "Other resources still refer to this one, or it refers to one that does not exist.",
            path(uri));
      }
      if (cause instanceof SQLException sql
          && (CHARACTER_NOT_IN_REPERTOIRE.equals(sql.getSQLState())
              || UNTRANSLATABLE_CHARACTER.equals(sql.getSQLState()))) {
        return ProblemResponses.of(
            ProblemType.INVALID_PARAMETER,
            "The request contains a character that cannot be stored or searched for, such as"
                + " U+0000 (NUL); remove it and try again.",
            path(uri));
      }
    }
    return ProblemMappers.internal(e, uri);
  }

  private static String path(UriInfo uri) {
    return "/" + uri.getPath().replaceFirst("^/", "");
  }
}
