package io.canrun.gateway.service;

import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.client.EvaluationRequest;
import io.canrun.gateway.client.PolicyEndUser;
import io.canrun.gateway.feasibility.DeploymentRequest;
import io.canrun.gateway.feasibility.EngineConstants;
import io.canrun.gateway.feasibility.Estimate;
import io.canrun.gateway.feasibility.FeasibilityEngine;
import io.canrun.gateway.model.Answer;
import io.canrun.gateway.model.AnswerKind;
import io.canrun.gateway.model.CompatibilityView;
import io.canrun.gateway.model.PolicyView;
import io.canrun.gateway.model.TechnicalView;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import io.canrun.web.text.NearMatches;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Composes one answer: the catalog's description of model and chip, the feasibility engine's
 * estimate, policy-service's verdict (or its absence: fail closed) and the published evidence.
 */
@ApplicationScoped
public class AnswerService {

  static final int DEFAULT_CONTEXT = 32_768;

  private final CatalogView catalog;
  private final PolicyVerdicts verdicts;
  private final PolicyVersions versions;
  private final Clock clock;
  private final FeasibilityEngine engine = new FeasibilityEngine();

  public AnswerService(
      CatalogView catalog, PolicyVerdicts verdicts, PolicyVersions versions, Clock clock) {
    this.catalog = catalog;
    this.verdicts = verdicts;
    this.versions = versions;
    this.clock = clock;
  }

  /**
   * Everything the answer to {@code query} depends on right now, or empty when that cannot be
   * pinned down (the catalog copy is stale or the policy version cannot be confirmed) and the
   * answer must be worked out afresh.
   */
  public Optional<AnswerKey> key(AnswerQuery query) {
    CatalogView.CatalogRead read = catalog.read();
    if (read.stale()) {
      return Optional.empty();
    }
    long policyVersion;
    try {
      policyVersion = versions.resolve(query.policyVersion());
    } catch (UpstreamUnavailableException e) {
      return Optional.empty();
    }
    return Optional.of(new AnswerKey(query, asOf(query), read.snapshot().etags(), policyVersion));
  }

  /** The inputs that determine an answer completely. */
  public record AnswerKey(
      AnswerQuery query, LocalDate asOf, Map<String, String> catalogRevision, long policyVersion) {}

  public Answer answer(AnswerQuery query) {
    CatalogView.CatalogRead read = catalog.read();
    CatalogSnapshot snapshot = read.snapshot();
    CatalogModel model = model(query.model(), snapshot);
    Hardware hardware = Hardware.resolve(query.chip(), snapshot);
    LocalDate asOf = asOf(query);
    int context = context(query.context(), model);
    int concurrency = query.concurrency() == null ? 1 : query.concurrency();

    Estimate estimate = estimate(model, hardware, query, context, concurrency);
    TechnicalView technical = TechnicalView.of(estimate);
    PolicyView policy = policy(hardware, query, asOf);
    CompatibilityView compatibility =
        CompatibilityViews.of(
            snapshot.evidenceFor(
                hardware.chip().slug(),
                hardware.system() == null ? null : hardware.system().slug(),
                model.slug()));
    AnswerKind kind = AnswerDecision.decide(technical.fits(), policy);
    String summary =
        Summaries.of(kind, model.name(), hardware.name(), query.destination(), technical, policy);
    return new Answer(
        kind,
        summary,
        read.stale(),
        new Answer.Query(
            model.slug(),
            hardware.chip().slug(),
            hardware.system() == null ? null : hardware.system().slug(),
            query.destination(),
            asOf,
            query.endUser(),
            query.endUserHq(),
            exportFrom(query),
            query.count(),
            query.precision() == null ? null : query.precision().name(),
            context,
            concurrency,
            policy.policyVersion()),
        technical,
        compatibility,
        policy,
        Sources.merge(
            Sources.of("chip " + hardware.chip().slug(), hardware.chip().sources()),
            hardware.system() == null
                ? List.of()
                : Sources.of("system " + hardware.system().slug(), hardware.system().sources()),
            Sources.of("model " + model.slug(), model.sources()),
            Sources.ofRules(policy)));
  }

  static CatalogModel model(String slug, CatalogSnapshot snapshot) {
    CatalogModel model = snapshot.models().get(slug);
    if (model == null) {
      throw new ProblemException(
          ProblemType.NOT_FOUND,
          "No model '"
              + slug
              + "' in the catalog."
              + NearMatches.didYouMean(slug, snapshot.models().keySet()));
    }
    return model;
  }

  /** 32k by default, never more than the model supports when the caller did not ask. */
  static int context(Integer requested, CatalogModel model) {
    if (requested != null) {
      return requested;
    }
    return model.maxContext() == null
        ? DEFAULT_CONTEXT
        : Math.min(DEFAULT_CONTEXT, model.maxContext());
  }

  private Estimate estimate(
      CatalogModel model, Hardware hardware, AnswerQuery query, int context, int concurrency) {
    Integer maxChips = hardware.system() == null ? null : hardware.system().chipCount();
    Integer domain = hardware.system() == null ? null : hardware.system().scaleUpDomainChips();
    EngineConstants constants =
        query.constants() == null ? EngineConstants.DEFAULTS : query.constants();
    return engine.estimate(
        EngineInputs.model(model),
        EngineInputs.chip(hardware.chip()),
        new DeploymentRequest(
            query.count(),
            maxChips,
            domain,
            query.precision(),
            query.kvPrecision(),
            context,
            concurrency,
            constants));
  }

  private PolicyView policy(Hardware hardware, AnswerQuery query, LocalDate asOf) {
    return PolicyBatch.fetch(
            verdicts,
            List.of(hardware.chip()),
            List.of(query.destination()),
            policyQuery(query, asOf, EvaluationRequest.Detail.FULL))
        .view(hardware.chip().slug(), query.destination());
  }

  /** The law date asked for, or today (UTC). */
  private LocalDate asOf(AnswerQuery query) {
    return query.asOf() != null ? query.asOf() : LocalDate.now(clock);
  }

  static PolicyVerdicts.PolicyQuery policyQuery(
      AnswerQuery query, LocalDate asOf, EvaluationRequest.Detail detail) {
    return new PolicyVerdicts.PolicyQuery(
        asOf, query.policyVersion(), endUser(query), exportFrom(query), detail);
  }

  static PolicyEndUser endUser(AnswerQuery query) {
    if (query.endUser() == null && query.endUserHq() == null) {
      return null;
    }
    return new PolicyEndUser(query.endUser(), query.endUserHq());
  }

  static String exportFrom(AnswerQuery query) {
    return query.exportFrom() == null ? "US" : query.exportFrom();
  }
}
