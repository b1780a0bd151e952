package io.canrun.gateway.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/**
 * Answers for every model × chip × destination. Feasibility depends only on model and chip and the
 * verdict only on chip and destination, so each is listed once; a cell carries the combined answer.
 */
@RegisterForReflection
public record Matrix(
    LocalDate asOf,
    Long policyVersion,
    boolean policyAvailable,
    String policyReason,
    boolean stale,
    List<Technical> technical,
    List<Verdict> policy,
    List<Cell> cells) {

  @RegisterForReflection
  public record Technical(
      String model,
      String chip,
      Boolean fits,
      Integer chipsRequired,
      String precision,
      Double decodeTokensPerSecond) {}

  @RegisterForReflection
  public record Verdict(String chip, String destination, String verdict, String reviewPolicy) {}

  @RegisterForReflection
  public record Cell(String model, String chip, String destination, AnswerKind answer) {}
}
