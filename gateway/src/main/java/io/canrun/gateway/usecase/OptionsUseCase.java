package io.canrun.gateway.usecase;

import io.canrun.gateway.api.AnswerKind;
import io.canrun.gateway.api.Options;
import io.canrun.gateway.api.OptionsSubject;
import io.canrun.gateway.api.PolicyView;
import io.canrun.gateway.api.TechnicalView;
import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.client.EvaluationRequest;
import io.canrun.gateway.client.PolicyItem;
import io.canrun.gateway.composition.AnswerDecision;
import io.canrun.gateway.composition.Assessments;
import io.canrun.gateway.composition.EngineInputs;
import io.canrun.gateway.composition.PolicyBatch;
import io.canrun.gateway.composition.Summaries;
import io.canrun.gateway.feasibility.ModelArchitecture;
import io.canrun.gateway.monitoring.AnswerOutcomes;
import io.canrun.gateway.question.Hardware;
import io.canrun.gateway.question.Question;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks every catalog chip for one model and destination, with one batched policy call: YES first,
 * then CONDITIONAL, UNKNOWN and NO, each by estimated decode throughput per chip.
 */
@ApplicationScoped
public class OptionsUseCase {

  private static final List<AnswerKind> ORDER =
      List.of(AnswerKind.YES, AnswerKind.CONDITIONAL, AnswerKind.UNKNOWN, AnswerKind.NO);

  private final Assessments assessments;
  private final AnswerOutcomes outcomes;

  public OptionsUseCase(Assessments assessments, AnswerOutcomes outcomes) {
    this.assessments = assessments;
    this.outcomes = outcomes;
  }

  /** Every chip at the fewest that fit it. */
  public Options options(Question<OptionsSubject> question) {
    OptionsSubject asked = question.subject();
    CatalogModel model = question.model(asked.model());
    ModelArchitecture architecture = EngineInputs.model(model);
    int context = question.context(model);
    List<CatalogChip> chips = question.catalog().chipsBySlug();
    PolicyBatch policy =
        assessments.policy(
            question,
            chips,
            List.of(asked.destination()),
            PolicyItem.CHIP,
            EvaluationRequest.Detail.SUMMARY);

    List<Candidate> candidates = new ArrayList<>();
    AnswerOutcomes.Tally tally = new AnswerOutcomes.Tally();
    for (CatalogChip chip : chips) {
      TechnicalView technical =
          assessments.technical(question, architecture, Hardware.of(chip), null, context);
      PolicyView view = policy.view(chip.slug(), asked.destination());
      AnswerKind kind = AnswerDecision.decide(technical.fits(), view);
      tally.add(
          kind, AnswerDecision.reason(question.stale(), technical.fits(), view), view.reason());
      candidates.add(new Candidate(chip, technical, view, kind));
    }
    outcomes.record(
        "/options " + asked.model() + " to " + asked.destination(), tally, question.stale());

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
                  asked.destination(),
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
        asked.destination(),
        question.asOf(),
        policy.policyVersion(),
        policy.available(),
        policy.unavailableReason(),
        question.stale(),
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
