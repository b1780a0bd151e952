package io.canrun.web.http;

import io.canrun.web.problem.ProblemException;
import io.canrun.web.text.NearMatches;
import io.canrun.web.validation.CountryCode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads query parameters as strings and converts them here, so that every bad value is a 400 that
 * names the parameter (JAX-RS would answer 404 for an unconvertible query parameter). Unknown
 * parameter names are refused too: a typo must not silently fall back to a default.
 */
public final class QueryParameters {

  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  private static final int MAX_TEXT = 200;

  private final MultivaluedMap<String, String> values;

  /**
   * @param allowed the parameter names this endpoint reads
   * @param prefix names starting with it are accepted too (null: none)
   */
  public QueryParameters(
      MultivaluedMap<String, String> values, Set<String> allowed, String prefix) {
    this.values = values;
    for (Map.Entry<String, List<String>> parameter : values.entrySet()) {
      String name = parameter.getKey();
      if (!allowed.contains(name) && (prefix == null || !name.startsWith(prefix))) {
        throw ProblemException.invalidParameter(
            name, "is not a parameter of this endpoint." + NearMatches.didYouMean(name, allowed));
      }
      if (parameter.getValue().size() > 1) {
        throw ProblemException.invalidParameter(name, "must be given once");
      }
    }
  }

  public String text(String name) {
    String value = values.getFirst(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw ProblemException.invalidParameter(name, "is longer than " + MAX_TEXT + " characters");
    }
    return value.trim();
  }

  public String requiredText(String name) {
    String value = text(name);
    if (value == null) {
      throw ProblemException.invalidParameter(name, "is required");
    }
    return value;
  }

  /** A slug as the catalog spells it (lower case); anything else cannot name a catalog entry. */
  public String requiredSlug(String name) {
    String value = requiredText(name).toLowerCase(Locale.ROOT);
    if (!value.matches("[a-z0-9][a-z0-9.-]{0,62}")) {
      throw ProblemException.invalidParameter(
          name, "must be a catalog slug (lower-case letters, digits, '.' and '-')");
    }
    return value;
  }

  public Integer integer(String name, int min, int max) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed < min || parsed > max) {
        throw ProblemException.invalidParameter(
            name, "must be between " + min + " and " + max + ", got " + parsed);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw ProblemException.invalidParameter(name, "must be a whole number, got '" + value + "'");
    }
  }

  public Long positiveLong(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      long parsed = Long.parseLong(value);
      if (parsed < 1) {
        throw ProblemException.invalidParameter(name, "must be 1 or more, got " + parsed);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw ProblemException.invalidParameter(name, "must be a whole number, got '" + value + "'");
    }
  }

  public Double decimal(String name, double min, double max) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    double parsed;
    try {
      parsed = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw ProblemException.invalidParameter(name, "must be a number, got '" + value + "'");
    }
    if (!(parsed >= min && parsed <= max)) {
      throw ProblemException.invalidParameter(
          name, "must be between " + min + " and " + max + ", got " + value);
    }
    return parsed;
  }

  public Boolean bool(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw ProblemException.invalidParameter(name, "must be true or false, got '" + value + "'");
    }
    return Boolean.valueOf(value);
  }

  public LocalDate date(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      LocalDate parsed = LocalDate.parse(value);
      if (parsed.isBefore(EARLIEST) || parsed.isAfter(LATEST)) {
        throw ProblemException.invalidParameter(
            name, "must be between " + EARLIEST + " and " + LATEST + ", got " + value);
      }
      return parsed;
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidParameter(
          name, "must be a date as YYYY-MM-DD, got '" + value + "'");
    }
  }

  public String country(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    String code = value.toUpperCase(Locale.ROOT);
    if (!CountryCode.Validator.isCountry(code)) {
      throw ProblemException.invalidParameter(
          name, "must be an ISO 3166-1 alpha-2 country code such as CN or US, got '" + value + "'");
    }
    return code;
  }

  public String requiredCountry(String name) {
    String code = country(name);
    if (code == null) {
      throw ProblemException.invalidParameter(name, "is required");
    }
    return code;
  }

  public <E extends Enum<E>> E enumeration(String name, Class<E> type) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
      throw ProblemException.invalidParameter(
          name, "must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
    }
  }

  /** Every parameter whose name starts with {@code prefix}, without the prefix. */
  public Map<String, String> withPrefix(String prefix) {
    Map<String, String> found = new TreeMap<>();
    values.forEach(
        (name, list) -> {
          if (name.startsWith(prefix)) {
            found.put(name.substring(prefix.length()), list.get(0));
          }
        });
    return found;
  }
}
