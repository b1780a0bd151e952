package io.canrun.gateway.api;

import io.canrun.gateway.feasibility.EngineConstants;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.query.QueryValues;
import io.canrun.web.text.NearMatches;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Engine constants a question overrides with {@code assume.<name>=<value>}, e.g. {@code
 * assume.decodeEfficiency=0.8}: the defaults with those replaced, or a 400 naming the bad one (an
 * unknown name with the names {@link EngineConstants} knows, a value out of its range with the
 * range).
 */
public final class EngineAssumptions {

  public static final String PREFIX = "assume.";

  private EngineAssumptions() {}

  public static EngineConstants read(Map<String, List<String>> query) {
    Map<String, Double> overrides = new TreeMap<>();
    query.forEach(
        (name, values) -> {
          if (name.startsWith(PREFIX)) {
            overrides.put(name.substring(PREFIX.length()), number(name, values.get(0)));
          }
        });
    if (overrides.isEmpty()) {
      return EngineConstants.DEFAULTS;
    }
    Set<String> known = new LinkedHashSet<>();
    EngineConstants.names().forEach(known::add);
    for (String name : overrides.keySet()) {
      if (!known.contains(name)) {
        throw ProblemException.invalidParameter(
            PREFIX + name,
            "is not an engine constant; known: "
                + String.join(", ", known)
                + "."
                + NearMatches.didYouMean(name, known));
      }
    }
    try {
      return EngineConstants.DEFAULTS.with(overrides);
    } catch (IllegalArgumentException e) {
      // Every name is known, so this is a range: its message starts with the constant's name.
      String name =
          overrides.keySet().stream()
              .filter(n -> e.getMessage().startsWith(n + " "))
              .findFirst()
              .orElse(overrides.keySet().iterator().next());
      throw ProblemException.invalidParameter(
          PREFIX + name, e.getMessage().substring(e.getMessage().indexOf(' ') + 1));
    }
  }

  private static Double number(String parameter, String value) {
    try {
      return (Double) QueryValues.parse(Double.class, value);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidParameter(parameter, e.getMessage());
    }
  }
}
