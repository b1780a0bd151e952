package io.canrun.gateway.question;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.canrun.gateway.PolicyStub;
import io.canrun.gateway.PolicyStub.Regime;
import io.canrun.gateway.Upstreams;
import io.canrun.gateway.api.Answer;
import io.canrun.gateway.api.AnswerSubject;
import io.canrun.gateway.api.Terms;
import io.canrun.gateway.feasibility.EngineConstants;
import io.canrun.gateway.feasibility.WeightFormat;
import io.canrun.gateway.usecase.AnswerUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A question pins the policy version once. When the rules move on between resolving the question
 * and composing its answer, the answer is still judged under the pinned version, so it cannot be
 * cached under a key that names another version.
 */
@QuarkusTest
class PinnedPolicyVersionTest {

  private static final Regime NOT_APPLICABLE = Regime.of("NOT_APPLICABLE", null, "ear-foreign");
  private static final Regime NLR = Regime.of("NO_LICENSE_REQUIRED", null, "baseline-nlr");

  @Inject Questions questions;
  @Inject AnswerUseCase answers;
  @Inject CircuitBreakerMaintenance breakers;

  private static AnswerSubject subject() {
    return new AnswerSubject("qwen3.5-397b-a17b", "mtt-s5000", "CN", null);
  }

  private static Terms terms() {
    return new Terms(
        WeightFormat.FP8, null, null, null, null, null, null, null, null, null, null, null);
  }

  @Test
  void theAnswerIsJudgedUnderTheVersionItsQuestionPinned() {
    Upstreams.serveCatalog();
    breakers.resetAll();
    // A cold gateway may miss its first catalog read under the short test timeout; wait for a copy.
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .until(() -> questions.resolve(subject(), terms(), EngineConstants.DEFAULTS) != null);
    // A version no other test class serves, so no verdict of it is cached already.
    long pinned = 40_001;
    PolicyStub.reset(pinned);
    Question<AnswerSubject> question =
        questions.resolve(subject(), terms(), EngineConstants.DEFAULTS);
    assertThat(question.policy().version()).isEqualTo(pinned);

    long next = pinned + 1;
    PolicyStub.reset(next);
    PolicyStub.verdict("mtt-s5000", "CN", next, NOT_APPLICABLE, NLR);
    // On a loaded machine one evaluation may time out and be retried; wait for a verdict.
    Answer answer =
        Awaitility.await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> answers.answer(question), a -> a.policy().available());

    assertThat(answer.policy().policyVersion()).isEqualTo(pinned);
    assertThat(question.key())
        .hasValueSatisfying(key -> assertThat(key.policyVersion()).isEqualTo(pinned));
    int evaluations = evaluations(postRequestedFor(urlPathEqualTo("/api/v1/evaluations")));
    assertThat(evaluations).isPositive();
    assertThat(
            evaluations(
                postRequestedFor(urlPathEqualTo("/api/v1/evaluations"))
                    .withRequestBody(
                        matchingJsonPath("$.policyVersion", equalTo(String.valueOf(pinned))))))
        .as("every evaluation asked for the pinned version")
        .isEqualTo(evaluations);
    // Composing the answer asked nobody for the current version again.
    Upstreams.policy().verify(0, getRequestedFor(urlPathEqualTo("/api/v1/versions/current")));
  }

  private static int evaluations(RequestPatternBuilder pattern) {
    return Upstreams.policy().countRequestsMatching(pattern.build()).getCount();
  }
}
