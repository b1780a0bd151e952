package io.canrun.gateway.monitoring;

import io.canrun.gateway.api.AnswerKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Makes failing closed visible. Every answer the gateway gives is counted in {@code
 * canrun_answers_total{answer, reason}}; a request whose answers turned UNKNOWN for lack of a
 * policy verdict, or rest on a stale catalog copy, also logs one WARN line saying why.
 */
@ApplicationScoped
public class AnswerOutcomes {

  private static final AnswerKind[] KINDS = AnswerKind.values();
  private static final AnswerReason[] REASONS = AnswerReason.values();

  private final Map<AnswerKind, Map<AnswerReason, Counter>> counters =
      new EnumMap<>(AnswerKind.class);

  public AnswerOutcomes(MeterRegistry registry) {
    // Registered up front, so every series exists (at 0) before the first answer of its kind.
    for (AnswerKind kind : KINDS) {
      Map<AnswerReason, Counter> byReason = new EnumMap<>(AnswerReason.class);
      for (AnswerReason reason : REASONS) {
        byReason.put(
            reason,
            Counter.builder("canrun.answers")
                .description("Answers given, by answer and by why it is not simply the rules")
                .tag("answer", kind.name())
                .tag("reason", reason.tag())
                .register(registry));
      }
      counters.put(kind, byReason);
    }
  }

  /**
   * Counts the answers one request gave and warns when any failed closed or rests on a stale copy.
   *
   * @param question what was asked, for the log line, e.g. {@code /answer … on … to …}
   */
  public void record(String question, Tally tally, boolean stale) {
    for (AnswerKind kind : KINDS) {
      for (AnswerReason reason : REASONS) {
        long count = tally.count(kind, reason);
        if (count > 0) {
          counters.get(kind).get(reason).increment(count);
        }
      }
    }
    List<String> why = new ArrayList<>();
    long failedClosed = tally.count(AnswerKind.UNKNOWN, AnswerReason.POLICY_UNAVAILABLE);
    if (failedClosed > 0) {
      why.add(
          (failedClosed == 1 ? "UNKNOWN" : failedClosed + " answers UNKNOWN")
              + " for lack of a policy verdict ("
              + tally.noVerdict
              + ")");
    }
    if (stale) {
      why.add("answered from a catalog copy catalog-service has not confirmed (stale)");
    }
    if (!why.isEmpty()) {
      Log.warnf("%s: %s", question, String.join("; ", why));
    }
  }

  /** The answers of one request, by kind and reason (a matrix adds up to a million). */
  public static final class Tally {

    private final long[][] counts = new long[KINDS.length][REASONS.length];
    private String noVerdict;

    /** One answer; {@code why} says why there was no verdict, when that is its reason. */
    public static Tally of(AnswerKind kind, AnswerReason reason, String why) {
      return new Tally().add(kind, reason, why);
    }

    public Tally add(AnswerKind kind, AnswerReason reason, String why) {
      counts[kind.ordinal()][reason.ordinal()]++;
      if (reason == AnswerReason.POLICY_UNAVAILABLE && noVerdict == null) {
        noVerdict = why;
      }
      return this;
    }

    long count(AnswerKind kind, AnswerReason reason) {
      return counts[kind.ordinal()][reason.ordinal()];
    }
  }
}
