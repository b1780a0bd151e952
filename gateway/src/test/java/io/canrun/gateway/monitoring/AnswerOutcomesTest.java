package io.canrun.gateway.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.canrun.gateway.Meters;
import io.canrun.gateway.api.AnswerKind;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** canrun_answers_total counts every answer under exactly one kind and reason. */
class AnswerOutcomesTest {

  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final AnswerOutcomes outcomes = new AnswerOutcomes(registry);

  @Test
  void everyKindAndReasonExistsBeforeTheFirstAnswer() {
    // 4 answers × 5 reasons, all at 0, so an alert on a series never waits for it to appear.
    assertThat(registry.find("canrun.answers").counters()).hasSize(4 * 5);
    assertThat(count("UNKNOWN", "policy-unavailable")).isZero();
  }

  @Test
  void aRequestAddsEachOfItsAnswersOnce() {
    AnswerOutcomes.Tally tally =
        new AnswerOutcomes.Tally()
            .add(AnswerKind.UNKNOWN, AnswerReason.POLICY_UNAVAILABLE, "HTTP 500")
            .add(AnswerKind.UNKNOWN, AnswerReason.POLICY_UNAVAILABLE, "HTTP 500")
            .add(AnswerKind.NO, AnswerReason.POLICY_UNAVAILABLE, "HTTP 500");
    outcomes.record("/options test", tally, false);
    outcomes.record(
        "/answer test", AnswerOutcomes.Tally.of(AnswerKind.YES, AnswerReason.NONE, null), false);

    assertThat(count("UNKNOWN", "policy-unavailable")).isEqualTo(2);
    assertThat(count("NO", "policy-unavailable")).isEqualTo(1);
    assertThat(count("YES", "none")).isEqualTo(1);
    assertThat(count("YES", "catalog-stale")).isZero();
  }

  @Test
  void reasonsAreTaggedInKebabCase() {
    assertThat(AnswerReason.POLICY_UNAVAILABLE.tag()).isEqualTo("policy-unavailable");
    assertThat(AnswerReason.NONE.tag()).isEqualTo("none");
  }

  private double count(String answer, String reason) {
    return Meters.answers(registry, answer, reason);
  }
}
