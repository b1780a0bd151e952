package io.canrun.gateway.question;

import io.canrun.gateway.api.Terms;
import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.client.PolicyEndUser;
import io.canrun.gateway.feasibility.Concurrency;
import io.canrun.gateway.feasibility.EngineConstants;
import io.canrun.gateway.feasibility.ServingEngine;
import io.canrun.gateway.upstream.CatalogSnapshot;
import io.canrun.web.problem.Problem;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request's question, resolved once by {@link Questions}: what was asked (the subject and the
 * terms, with the engine constants), the catalog copy it is answered from, the policy version it is
 * judged under and the law date. What follows reads only the question, never the upstreams' state
 * again, so an answer and its cache key cannot disagree. Each default is applied here, in one
 * method.
 *
 * @param <S> what the question is about: one chip, every chip, or a matrix of them
 * @param stale whether catalog-service could not confirm the copy recently
 */
public record Question<S>(
    S subject,
    Terms terms,
    EngineConstants constants,
    CatalogSnapshot catalog,
    boolean stale,
    PolicyPin policy,
    LocalDate asOf) {

  static final int DEFAULT_CONTEXT = 32_768;
  static final ServingEngine DEFAULT_ENGINE = ServingEngine.VLLM;
  static final int DEFAULT_CONCURRENCY = 1;

  /**
   * Without a request shape, a prompt that fills the context and its first token: the question is
   * whether the whole context fits, as it was before requests had a shape.
   */
  static final int DEFAULT_OUTPUT_TOKENS = 1;

  /** How {@code concurrency} asks for the most requests that fit. */
  public static final String MAX_CONCURRENCY = "max";

  /** The model a slug names, or a 404 naming the nearest ones. */
  public CatalogModel model(String slug) {
    return catalog.model(slug);
  }

  /** The chip or system a slug names, or a 404 naming the nearest ones. */
  public Hardware hardware(String slug) {
    return Hardware.resolve(slug, catalog);
  }

  /**
   * 32k by default, never more than the model supports when the caller did not ask — but at least
   * the request shape asked for, since every sequence must hold its prompt and its output.
   */
  public int context(CatalogModel model) {
    if (terms.context() != null) {
      return terms.context();
    }
    int fallback =
        model.maxContext() == null
            ? DEFAULT_CONTEXT
            : Math.min(DEFAULT_CONTEXT, model.maxContext());
    if (terms.inputTokens() == null) {
      return fallback;
    }
    return (int)
        Math.min(
            Integer.MAX_VALUE, Math.max(fallback, (long) terms.inputTokens() + outputTokens()));
  }

  /**
   * The serving engine whose rules apply: as asked, else vLLM.
   *
   * @throws ProblemException a 400 naming {@code engine} and the accepted values
   */
  public ServingEngine engine() {
    if (terms.engine() == null) {
      return DEFAULT_ENGINE;
    }
    try {
      return ServingEngine.parse(terms.engine());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidParameter(
          "engine", "must be one of " + ServingEngine.allowed() + ", got '" + terms.engine() + "'");
    }
  }

  /**
   * Requests served at once: a whole number, {@link Concurrency#MAX} for {@value #MAX_CONCURRENCY},
   * else one.
   *
   * @throws ProblemException a 400 naming {@code concurrency} for anything else
   */
  public Concurrency concurrency() {
    String asked = terms.concurrency();
    if (asked == null) {
      return Concurrency.of(DEFAULT_CONCURRENCY);
    }
    if (asked.equalsIgnoreCase(MAX_CONCURRENCY)) {
      return Concurrency.MAX;
    }
    String must =
        "must be a whole number from 1 to "
            + Terms.MAX_CONCURRENCY
            + " or "
            + MAX_CONCURRENCY
            + ", got '"
            + asked
            + "'";
    int sequences;
    try {
      sequences = Integer.parseInt(asked.trim());
    } catch (NumberFormatException e) {
      throw ProblemException.invalidParameter("concurrency", must);
    }
    if (sequences < 1 || sequences > Terms.MAX_CONCURRENCY) {
      throw ProblemException.invalidParameter("concurrency", must);
    }
    return Concurrency.of(sequences);
  }

  /** Generated tokens per request: as asked, else {@value #DEFAULT_OUTPUT_TOKENS}. */
  public int outputTokens() {
    return terms.outputTokens() == null ? DEFAULT_OUTPUT_TOKENS : terms.outputTokens();
  }

  /**
   * Prompt tokens per request: as asked, else the rest of {@code context} after the output.
   *
   * @throws ProblemException a 400 naming inputTokens and outputTokens when together they are
   *     longer than the context
   */
  public int inputTokens(int context) {
    int output = outputTokens();
    int input = terms.inputTokens() != null ? terms.inputTokens() : context - output;
    if (input < 1 || (long) input + output > context) {
      String detail =
          String.format(
              Locale.ROOT,
              "inputTokens (%s) + outputTokens (%d) must fit the %d-token context; ask for a"
                  + " shorter shape or a longer context",
              terms.inputTokens() == null ? "the rest of the context" : terms.inputTokens(),
              output,
              context);
      throw new ProblemException(
          ProblemType.INVALID_PARAMETER,
          detail,
          List.of(
              new Problem.FieldError("inputTokens", detail),
              new Problem.FieldError("outputTokens", detail)));
    }
    return input;
  }

  /**
   * Where the chip ships from: as asked, else the country that designed it — the usual origin, and
   * the one policy-service assumes, so a Chinese chip sold in China is a domestic sale, not a US
   * export.
   */
  public String exportFrom(CatalogChip chip) {
    return terms.exportFrom() == null ? chip.designerCountry() : terms.exportFrom();
  }

  /** Who the item is for, when the question says. */
  public PolicyEndUser endUser() {
    if (terms.endUser() == null && terms.endUserHq() == null) {
      return null;
    }
    return new PolicyEndUser(terms.endUser(), terms.endUserHq());
  }

  /**
   * Everything the answer depends on, when all of it is pinned down: empty when the catalog copy is
   * stale or no policy version could be confirmed, so such answers are always worked out again.
   */
  public Optional<Key<S>> key() {
    if (stale || !policy.pinned()) {
      return Optional.empty();
    }
    return Optional.of(
        new Key<>(subject, terms, constants, asOf, catalog.etags(), policy.version()));
  }

  /** The inputs that determine an answer completely. */
  public record Key<S>(
      S subject,
      Terms terms,
      EngineConstants constants,
      LocalDate asOf,
      Map<String, String> catalogRevision,
      long policyVersion) {}
}
