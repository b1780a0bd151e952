package io.canrun.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.canrun.gateway.config.GatewayConfig;
import io.canrun.gateway.model.Answer;
import io.canrun.gateway.service.AnswerQuery;
import io.canrun.gateway.service.AnswerService;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Answers as JSON bytes, reusing the bytes of an earlier identical answer. Dashboards ask the same
 * questions over and over; rendering an answer costs several times what sending it does. Only
 * answers that rest on a confirmed policy verdict and a fresh catalog are kept, so fail-closed
 * (UNKNOWN) and stale answers are always worked out again.
 */
@ApplicationScoped
class RenderedAnswers {

  private final AnswerService answers;
  private final ObjectMapper json;
  private final Cache<AnswerService.AnswerKey, byte[]> cache;

  RenderedAnswers(AnswerService answers, ObjectMapper json, GatewayConfig config) {
    this.answers = answers;
    this.json = json;
    this.cache = Caffeine.newBuilder().maximumSize(config.answerCacheSize()).build();
  }

  byte[] render(AnswerQuery query) {
    Optional<AnswerService.AnswerKey> key = answers.key(query);
    byte[] cached = key.map(cache::getIfPresent).orElse(null);
    if (cached != null) {
      return cached;
    }
    Answer answer = answers.answer(query);
    byte[] body = serialize(answer);
    if (key.isPresent() && answer.policy().available() && !answer.stale()) {
      cache.put(key.get(), body);
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
}
