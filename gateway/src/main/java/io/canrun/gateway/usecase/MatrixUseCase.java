package io.canrun.gateway.usecase;

import io.canrun.gateway.api.AnswerKind;
import io.canrun.gateway.api.Matrix;
import io.canrun.gateway.api.MatrixSubject;
import io.canrun.gateway.api.PolicyView;
import io.canrun.gateway.api.TechnicalView;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.client.EvaluationRequest;
import io.canrun.gateway.client.PolicyItem;
import io.canrun.gateway.composition.AnswerDecision;
import io.canrun.gateway.composition.Assessments;
import io.canrun.gateway.composition.EngineInputs;
import io.canrun.gateway.composition.PolicyBatch;
import io.canrun.gateway.feasibility.ModelArchitecture;
import io.canrun.gateway.monitoring.AnswerOutcomes;
import io.canrun.gateway.question.Hardware;
import io.canrun.gateway.question.Question;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers models × chips × destinations in one call: feasibility once per model and chip, verdicts
 * from batched policy calls once per chip and destination (never one call per cell), then one
 * combined answer per cell.
 */
@ApplicationScoped
public class MatrixUseCase {

  private final Assessments assessments;
  private final AnswerOutcomes outcomes;

  public MatrixUseCase(Assessments assessments, AnswerOutcomes outcomes) {
    this.assessments = assessments;
    this.outcomes = outcomes;
  }

  public Matrix matrix(Question<MatrixSubject> question) {
    MatrixSubject asked = question.subject();
    Map<String, CatalogModel> models = new LinkedHashMap<>();
    asked.models().forEach(slug -> models.put(slug, question.model(slug)));
    Map<String, Hardware> hardware = new LinkedHashMap<>();
    asked.chips().forEach(slug -> hardware.put(slug, question.hardware(slug)));
    PolicyBatch policy =
        assessments.policy(
            question,
            hardware.values().stream().map(Hardware::chip).distinct().toList(),
            asked.destinations(),
            PolicyItem.CHIP,
            EvaluationRequest.Detail.SUMMARY);

    List<Matrix.Verdict> verdictList = new ArrayList<>();
    Map<String, PolicyView> views = new LinkedHashMap<>();
    for (Map.Entry<String, Hardware> chip : hardware.entrySet()) {
      for (String destination : asked.destinations()) {
        PolicyView view = policy.view(chip.getValue().chip().slug(), destination);
        views.put(chip.getKey() + "|" + destination, view);
        verdictList.add(
            new Matrix.Verdict(chip.getKey(), destination, view.verdict(), reviewPolicy(view)));
      }
    }

    List<Matrix.Technical> technicalList = new ArrayList<>();
    List<Matrix.Cell> cellList = new ArrayList<>((int) asked.cells());
    AnswerOutcomes.Tally tally = new AnswerOutcomes.Tally();
    for (CatalogModel model : models.values()) {
      ModelArchitecture architecture = EngineInputs.model(model);
      int context = question.context(model);
      for (Map.Entry<String, Hardware> chip : hardware.entrySet()) {
        TechnicalView technical =
            assessments.technical(question, architecture, chip.getValue(), null, context);
        technicalList.add(
            new Matrix.Technical(
                model.slug(),
                chip.getKey(),
                technical.fits(),
                technical.chipsRequired(),
                technical.precision(),
                technical.performance().decodeTokensPerSecond()));
        for (String destination : asked.destinations()) {
          PolicyView view = views.get(chip.getKey() + "|" + destination);
          AnswerKind answer = AnswerDecision.decide(technical.fits(), view);
          tally.add(
              answer,
              AnswerDecision.reason(question.stale(), technical.fits(), view),
              view.reason());
          cellList.add(new Matrix.Cell(model.slug(), chip.getKey(), destination, answer));
        }
      }
    }
    outcomes.record("/matrix of " + asked.cells() + " cells", tally, question.stale());
    return new Matrix(
        question.asOf(),
        policy.policyVersion(),
        policy.available(),
        policy.unavailableReason(),
        question.stale(),
        technicalList,
        verdictList,
        cellList);
  }

  /** The review policy of the most restrictive regime, when it has one. */
  private static String reviewPolicy(PolicyView view) {
    return view.regimes().stream()
        .filter(r -> r.verdict().equals(view.verdict()) && r.reviewPolicy() != null)
        .map(PolicyView.Regime::reviewPolicy)
        .findFirst()
        .orElse(null);
  }
}
