package io.canrun.gateway.question;

import io.canrun.gateway.api.Terms;
import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.client.PolicyEndUser;
import io.canrun.gateway.feasibility.EngineConstants;
import io.canrun.gateway.upstream.CatalogSnapshot;
import java.time.LocalDate;
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

  /** The model a slug names, or a 404 naming the nearest ones. */
  public CatalogModel model(String slug) {
    return catalog.model(slug);
  }

  /** The chip or system a slug names, or a 404 naming the nearest ones. */
  public Hardware hardware(String slug) {
    return Hardware.resolve(slug, catalog);
  }

  /** 32k by default, never more than the model supports when the caller did not ask. */
  public int context(CatalogModel model) {
    if (terms.context() != null) {
      return terms.context();
    }
    return model.maxContext() == null
        ? DEFAULT_CONTEXT
        : Math.min(DEFAULT_CONTEXT, model.maxContext());
  }

  public int concurrency() {
    return terms.concurrency() == null ? 1 : terms.concurrency();
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
