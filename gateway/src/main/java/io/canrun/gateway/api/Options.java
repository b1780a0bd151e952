package io.canrun.gateway.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/**
 * Every catalog chip for one model and destination, ranked: YES first, then CONDITIONAL, UNKNOWN
 * and NO; within each, by estimated decode throughput per chip.
 */
@RegisterForReflection
public record Options(
    String model,
    String destination,
    LocalDate asOf,
    Long policyVersion,
    boolean policyAvailable,
    String policyReason,
    boolean stale,
    List<Option> options) {

  /** One chip's answer in brief. */
  @RegisterForReflection
  public record Option(
      int rank,
      String chip,
      String name,
      String vendor,
      AnswerKind answer,
      String summary,
      Boolean fits,
      Integer chipsRequired,
      String precision,
      Double decodeTokensPerSecond,
      Double throughputPerChip,
      String verdict) {}
}
