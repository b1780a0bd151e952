package io.canrun.gateway.usecase;

import io.canrun.gateway.api.Answer;
import io.canrun.gateway.api.AnswerKind;
import io.canrun.gateway.api.AnswerSubject;
import io.canrun.gateway.api.CompatibilityView;
import io.canrun.gateway.api.PolicyView;
import io.canrun.gateway.api.TechnicalView;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.client.EvaluationRequest;
import io.canrun.gateway.client.PolicyItem;
import io.canrun.gateway.composition.AnswerDecision;
import io.canrun.gateway.composition.Assessments;
import io.canrun.gateway.composition.CompatibilityViews;
import io.canrun.gateway.composition.EngineInputs;
import io.canrun.gateway.composition.Sources;
import io.canrun.gateway.composition.Summaries;
import io.canrun.gateway.monitoring.AnswerOutcomes;
import io.canrun.gateway.monitoring.AnswerReason;
import io.canrun.gateway.question.Hardware;
import io.canrun.gateway.question.Question;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Answers one question, top to bottom: the catalog's model and chip, the feasibility engine's
 * estimate, policy-service's verdict at the pinned version (or its absence: fail closed), the
 * published evidence, then the one-word answer, its sentence and its sources.
 */
@ApplicationScoped
public class AnswerUseCase {

  private final Assessments assessments;
  private final AnswerOutcomes outcomes;

  public AnswerUseCase(Assessments assessments, AnswerOutcomes outcomes) {
    this.assessments = assessments;
    this.outcomes = outcomes;
  }

  public Answer answer(Question<AnswerSubject> question) {
    AnswerSubject asked = question.subject();
    CatalogModel model = question.model(asked.model());
    Hardware hardware = question.hardware(asked.chip());
    int context = question.context(model);

    TechnicalView technical =
        assessments.technical(
            question, EngineInputs.model(model), hardware, asked.count(), context);
    PolicyView policy =
        assessments
            .policy(
                question,
                List.of(hardware.chip()),
                List.of(asked.destination()),
                hardware.system() == null ? PolicyItem.CHIP : PolicyItem.SYSTEM,
                EvaluationRequest.Detail.FULL)
            .view(hardware.chip().slug(), asked.destination());
    CompatibilityView compatibility =
        CompatibilityViews.of(
            question
                .catalog()
                .evidenceFor(hardware.chip().slug(), hardware.systemSlug(), model.slug()));

    AnswerKind kind = AnswerDecision.decide(technical.fits(), policy);
    AnswerReason reason = AnswerDecision.reason(question.stale(), technical.fits(), policy);
    outcomes.record(
        "/answer " + asked.model() + " on " + asked.chip() + " to " + asked.destination(),
        AnswerOutcomes.Tally.of(kind, reason, policy.reason()),
        question.stale());
    return new Answer(
        kind,
        Summaries.of(kind, model.name(), hardware.name(), asked.destination(), technical, policy),
        question.stale(),
        understood(question, model, hardware, context, policy),
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

  /** The question as understood, with the defaults filled in. */
  private static Answer.Query understood(
      Question<AnswerSubject> question,
      CatalogModel model,
      Hardware hardware,
      int context,
      PolicyView policy) {
    AnswerSubject asked = question.subject();
    return new Answer.Query(
        model.slug(),
        hardware.chip().slug(),
        hardware.systemSlug(),
        asked.destination(),
        question.asOf(),
        question.terms().endUser(),
        question.terms().endUserHq(),
        policy.exportFrom() != null ? policy.exportFrom() : question.exportFrom(hardware.chip()),
        asked.count(),
        question.engine().id(),
        question.terms().precision() == null ? null : question.terms().precision().name(),
        context,
        question.inputTokens(context),
        question.outputTokens(),
        question.concurrency().isMax()
            ? Question.MAX_CONCURRENCY
            : question.concurrency().sequences(),
        policy.policyVersion());
  }
}
