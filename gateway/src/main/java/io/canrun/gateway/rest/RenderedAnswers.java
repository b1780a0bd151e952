package io.canrun.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.canrun.gateway.api.Answer;
import io.canrun.gateway.api.AnswerKind;
import io.canrun.gateway.api.AnswerSubject;
import io.canrun.gateway.composition.AnswerDecision;
import io.canrun.gateway.config.GatewayConfig;
import io.canrun.gateway.monitoring.AnswerOutcomes;
import io.canrun.gateway.monitoring.AnswerReason;
import io.canrun.gateway.monitoring.CacheMeters;
import io.canrun.gateway.question.Question;
import io.canrun.gateway.usecase.AnswerUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Answers as JSON bytes, reusing the bytes of an earlier identical answer. Dashboards ask the same
 * questions over and over; rendering an answer costs several times what sending it does. The key is
 * the question's own ({@link Question#key()}), so it names exactly the catalog revision and policy
 * version the answer was computed from. Only answers that rest on a confirmed policy verdict and a
 * fresh catalog are kept, so fail-closed (UNKNOWN) and stale answers are always worked out again.
 */
@ApplicationScoped
class RenderedAnswers {

  private final AnswerUseCase answers;
  private final ObjectMapper json;
  private final AnswerOutcomes outcomes;
  private final Cache<Question.Key<AnswerSubject>, Rendered> cache;
  private final CacheMeters meters;

  RenderedAnswers(
      AnswerUseCase answers,
      ObjectMapper json,
      AnswerOutcomes outcomes,
      GatewayConfig config,
      MeterRegistry registry) {
    this.answers = answers;
    this.json = json;
    this.outcomes = outcomes;
    this.cache = Caffeine.newBuilder().maximumSize(config.answerCacheSize()).build();
    this.meters = new CacheMeters(registry, "rendered-answers");
  }

  byte[] render(Question<AnswerSubject> question) {
    Optional<Question.Key<AnswerSubject>> key = question.key();
    if (key.isPresent()) {
      Rendered cached = cache.getIfPresent(key.get());
      meters.looked(cached != null);
      if (cached != null) {
        outcomes.record(
            "/answer (cached)", AnswerOutcomes.Tally.of(cached.kind, cached.reason, null), false);
        return cached.body;
      }
    }
    Answer answer = answers.answer(question);
    byte[] body = serialize(answer);
    if (key.isPresent() && answer.policy().available() && !answer.stale()) {
      AnswerReason reason =
          AnswerDecision.reason(false, answer.technical().fits(), answer.policy());
      cache.put(key.get(), new Rendered(answer.answer(), reason, body));
    }
    return body;
  }

  private byte[] serialize(Answer answer) {
    try {
      return json.writeValueAsBytes(answer);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An answer's bytes, with what it is counted as when it is served again. */
  private record Rendered(AnswerKind kind, AnswerReason reason, byte[] body) {}
}
