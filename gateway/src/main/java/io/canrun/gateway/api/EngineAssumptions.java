package io.canrun.gateway.api;

import io.canrun.gateway.feasibility.EngineConstants;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.query.QueryValues;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Engine constants a question overrides with {@code assume.<name>=<value>}, e.g. {@code
 * assume.denseDecodeEfficiency=0.8}: the defaults with those replaced, or a 400 naming the bad one.
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
    try {
      return EngineConstants.DEFAULTS.with(overrides);
    } catch (IllegalArgumentException e) {
      String name =
          overrides.keySet().stream()
              .filter(n -> e.getMessage().contains(n))
              .findFirst()
              .orElse(overrides.keySet().iterator().next());
      throw ProblemException.invalidParameter(PREFIX + name, e.getMessage());
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
