package io.canrun.policy.engine;

import java.util.List;

/**
 * The class an item falls in on a date, with the arithmetic. {@code itemClass} is a class such as
 * {@code 3A090.a}, or {@link #NOT_CONTROLLED}, or {@link #UNKNOWN} when an unknown input decides.
 */
public record Classification(
    String itemClass,
    String vintage,
    Double tpp,
    String tppPrecision,
    Double performanceDensity,
    List<String> clauses,
    List<TraceEntry> trace,
    List<String> notes) {

  public static final String NOT_CONTROLLED = "not-controlled";
  public static final String UNKNOWN = "unknown";
  public static final String NO_VINTAGE = "NONE";
}
