package io.canrun.web.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one set of rules by which a query-parameter value becomes a Java value. {@link
 * io.canrun.web.http.QueryParameterCheck} applies them to every value before the resource method
 * runs, so a bad value is a 400 naming its parameter (JAX-RS would answer 404); {@link
 * QueryValueConverters} converts with them, so what the check accepts is exactly what gets
 * converted. Values are trimmed, blank ones count as absent, enum constants match in any case.
 */
public final class QueryValues {

  /** The longest text any query parameter may carry. */
  public static final int MAX_TEXT = 200;

  /** Dates outside these are typing mistakes, not law dates anyone asks about. */
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private static final Set<Class<?>> SCALARS =
      Set.of(
          String.class,
          Integer.class,
          int.class,
          Long.class,
          long.class,
          Double.class,
          double.class,
          Boolean.class,
          boolean.class,
          LocalDate.class,
          Instant.class);

  private QueryValues() {}

  /** Whether values of this type are converted (and so checked) by these rules. */
  public static boolean supports(Class<?> type) {
    return SCALARS.contains(type) || type.isEnum();
  }

  /**
   * The value of {@code raw} as {@code type}; null for a blank value of a reference type.
   *
   * @throws IllegalArgumentException saying what is wrong, worded to follow "Parameter 'x' "
   */
  public static Object parse(Class<?> type, String raw) {
    String value = raw == null ? "" : raw.trim();
    if (value.isEmpty() && !type.isPrimitive()) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw new IllegalArgumentException("is longer than " + MAX_TEXT + " characters");
    }
    if (type == String.class) {
      return value;
    }
    if (type.isEnum()) {
      return constant(type, value);
    }
    if (type == Integer.class || type == int.class) {
      return wholeNumber(value, Integer::parseInt);
    }
    if (type == Long.class || type == long.class) {
      return wholeNumber(value, Long::parseLong);
    }
    if (type == Double.class || type == double.class) {
      return number(value);
    }
    if (type == Boolean.class || type == boolean.class) {
      return truth(value);
    }
    if (type == LocalDate.class) {
      return date(value);
    }
    if (type == Instant.class) {
      return instant(value);
    }
    throw new IllegalStateException("No query value rule for " + type.getName());
  }

  /** A country code or similar as its canonical upper case; null stays null. */
  public static String upperCase(String value) {
    return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
  }

  /** A slug as the catalog spells it (lower case); null stays null. */
  public static String lowerCase(String value) {
    return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
  }

  private static <N> N wholeNumber(String value, Function<String, N> parser) {
    try {
      return parser.apply(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be a whole number, got '" + value + "'", e);
    }
  }

  private static double number(String value) {
    double parsed;
    try {
      parsed = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be a number, got '" + value + "'", e);
    }
    if (Double.isNaN(parsed) || Double.isInfinite(parsed)) {
      throw new IllegalArgumentException("must be a finite number, got '" + value + "'");
    }
    return parsed;
  }

  private static boolean truth(String value) {
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw new IllegalArgumentException("must be true or false, got '" + value + "'");
    }
    return Boolean.parseBoolean(value);
  }

  private static LocalDate date(String value) {
    LocalDate parsed;
    try {
      parsed = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("must be a date as YYYY-MM-DD, got '" + value + "'", e);
    }
    if (parsed.isBefore(EARLIEST) || parsed.isAfter(LATEST)) {
      throw new IllegalArgumentException(
          "must be between " + EARLIEST + " and " + LATEST + ", got " + value);
    }
    return parsed;
  }

  private static Instant instant(String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "must be an instant like 2026-11-22T00:00:00Z, got '" + value + "'", e);
    }
  }

  private static Object constant(Class<?> type, String value) {
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        "must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "))
            + ", got '"
            + value
            + "'");
  }
}
