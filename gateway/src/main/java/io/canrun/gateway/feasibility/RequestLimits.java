package io.canrun.gateway.feasibility;

import java.util.List;
import java.util.Locale;

/** The request checks that come before any memory arithmetic: its shape and its context. */
final class RequestLimits {

  private RequestLimits() {}

  /** Whether a request of {@code input} + {@code output} tokens fits the context asked for. */
  static boolean shapeFits(int input, int output, int context, List<String> notes) {
    if (input < 1 || output < 1) {
      notes.add("inputTokens and outputTokens must each be at least 1.");
      return false;
    }
    if ((long) input + output > context) {
      notes.add(
          String.format(
              Locale.ROOT,
              "The request shape (%,d input + %,d output tokens) is longer than the %,d-token"
                  + " context asked for.",
              input,
              output,
              context));
      return false;
    }
    return true;
  }

  /**
   * Whether the model serves {@code context}: up to its native limit; with a note up to the
   * vendor's documented rope-scaled (YaRN) limit; beyond that not, with the reason.
   */
  static boolean contextSupported(ModelArchitecture model, int context, List<String> notes) {
    ModelArchitecture.Context limits = model.context();
    Integer nativeLimit = limits == null ? null : limits.nativeTokens();
    if (nativeLimit == null || context <= nativeLimit) {
      return true;
    }
    Integer extended = limits.extendedTokens();
    if (extended != null && context <= extended) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%,d tokens is above %s's native %,d: it needs the vendor's documented rope scaling"
                  + " (YaRN, up to %,d), which the engine must be started with.",
              context,
              model.label(),
              nativeLimit,
              extended));
      return true;
    }
    notes.add(
        String.format(
            Locale.ROOT,
            "%s supports at most %,d tokens of context%s; %,d were asked for.",
            model.label(),
            extended != null ? extended : nativeLimit,
            extended != null ? " with rope scaling (" + nativeLimit + " native)" : "",
            context));
    return false;
  }
}
