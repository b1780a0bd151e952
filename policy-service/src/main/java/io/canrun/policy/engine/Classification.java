package io.canrun.policy.engine;

import java.util.List;

/**
 * The class an item falls in on a date, with the arithmetic. {@code itemClass} is the class rules
 * test: a class such as {@code 3A090.a}, or {@link #NOT_CONTROLLED}, or {@link #UNKNOWN} when an
 * unknown input decides; for a system it is the class of the IC it contains. {@code eccn} is the
 * item's own label: {@code 4A090.a} for a system containing a 3A090.a IC, else {@code itemClass}.
 */
public record Classification(
    String itemClass,
    String eccn,
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

  /** The ECCN of a system that contains an IC of {@code icClass}: 3A090.x becomes 4A090.x. */
  static String systemEccn(String icClass) {
    return icClass.startsWith("3A090") ? "4A090" + icClass.substring("3A090".length()) : icClass;
  }
}
