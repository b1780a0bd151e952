package io.canrun.gateway.api;

import io.canrun.web.problem.ProblemException;
import java.util.LinkedHashSet;
import java.util.List;

/** What /matrix is asked about: every model × chip × destination, each listed once. */
public record MatrixSubject(List<String> models, List<String> chips, List<String> destinations) {

  /** More cells than this in one call are refused. */
  public static final long MAX_CELLS = 1_000_000;

  /**
   * The lists without repeats, in the order given.
   *
   * @throws ProblemException when they make more than {@link #MAX_CELLS} cells
   */
  public static MatrixSubject of(List<String> models, List<String> chips, List<String> countries) {
    MatrixSubject subject =
        new MatrixSubject(distinct(models), distinct(chips), distinct(countries));
    long cells = subject.cells();
    if (cells > MAX_CELLS) {
      throw ProblemException.invalidParameter(
          "models",
          "× chips × destinations gives " + cells + " cells; at most " + MAX_CELLS + " per call");
    }
    return subject;
  }

  public long cells() {
    return (long) models.size() * chips.size() * destinations.size();
  }

  private static List<String> distinct(List<String> values) {
    return List.copyOf(new LinkedHashSet<>(values));
  }
}
