package io.canrun.gateway.service;

import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.client.EvaluationRequest;
import io.canrun.gateway.feasibility.DeploymentRequest;
import io.canrun.gateway.feasibility.EngineConstants;
import io.canrun.gateway.feasibility.FeasibilityEngine;
import io.canrun.gateway.model.AnswerKind;
import io.canrun.gateway.model.Options;
import io.canrun.gateway.model.PolicyView;
import io.canrun.gateway.model.TechnicalView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ranks every catalog chip for one model and destination, with one batched policy call. */
@ApplicationScoped
public class OptionsService {

  private static final List<AnswerKind> ORDER =
      List.of(AnswerKind.YES, AnswerKind.CONDITIONAL, AnswerKind.UNKNOWN, AnswerKind.NO);

  private final CatalogView catalog;
  private final PolicyVerdicts verdicts;
  private final Clock clock;
  private final FeasibilityEngine engine = new FeasibilityEngine();

  public OptionsService(CatalogView catalog, PolicyVerdicts verdicts, Clock clock) {
    this.catalog = catalog;
    this.verdicts = verdicts;
    this.clock = clock;
  }

  /** {@code query.chip()} and {@code query.count()} are ignored: every chip, minimum count. */
  public Options options(AnswerQuery query) {
    CatalogView.CatalogRead read = catalog.read();
    CatalogModel model = AnswerService.model(query.model(), read.snapshot());
    LocalDate asOf = query.asOf() != null ? query.asOf() : LocalDate.now(clock);
    int context = AnswerService.context(query.context(), model);
    int concurrency = query.concurrency() == null ? 1 : query.concurrency();
    List<CatalogChip> chips =
        read.snapshot().chips().values().stream()
            .sorted(Comparator.comparing(CatalogChip::slug))
            .toList();
    PolicyBatch policy =
        PolicyBatch.fetch(
            verdicts,
            chips,
            List.of(query.destination()),
            AnswerService.policyQuery(query, asOf, EvaluationRequest.Detail.SUMMARY));
    EngineConstants constants =
        query.constants() == null ? EngineConstants.DEFAULTS : query.constants();

    List<Candidate> candidates = new ArrayList<>();
    for (CatalogChip chip : chips) {
      TechnicalView technical =
          TechnicalView.of(
              engine.estimate(
                  EngineInputs.model(model),
                  EngineInputs.chip(chip),
                  new DeploymentRequest(
                      null,
                      null,
                      null,
                      query.precision(),
                      query.kvPrecision(),
                      context,
                      concurrency,
                      constants)));
      PolicyView view = policy.view(chip.slug(), query.destination());
      candidates.add(
          new Candidate(chip, technical, view, AnswerDecision.decide(technical.fits(), view)));
    }
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> ORDER.indexOf(c.kind()))
            .thenComparing(
                Candidate::throughputPerChip, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(c -> c.chip().slug()));
    List<Options.Option> ranked = new ArrayList<>();
    for (Candidate c : candidates) {
      ranked.add(
          new Options.Option(
              ranked.size() + 1,
              c.chip().slug(),
              c.chip().name(),
              c.chip().vendor(),
              c.kind(),
              Summaries.of(
                  c.kind(),
                  model.name(),
                  c.chip().name(),
                  query.destination(),
                  c.technical(),
                  c.view()),
              c.technical().fits(),
              c.technical().chipsRequired(),
              c.technical().precision(),
              c.technical().performance().decodeTokensPerSecond(),
              c.throughputPerChip(),
              c.view().verdict()));
    }
    return new Options(
        model.slug(),
        query.destination(),
        asOf,
        policy.policyVersion(),
        policy.available(),
        policy.unavailableReason(),
        read.stale(),
        ranked);
  }

  private record Candidate(
      CatalogChip chip, TechnicalView technical, PolicyView view, AnswerKind kind) {

    /** Aggregate decode tokens/s per chip used: what a chip of this kind earns. */
    Double throughputPerChip() {
      Double aggregate = technical.performance().aggregateDecodeTokensPerSecond();
      Integer chips = technical.chipsUsed();
      return aggregate == null || chips == null || chips == 0
          ? null
          : TechnicalView.round(aggregate / chips);
    }
  }
}
