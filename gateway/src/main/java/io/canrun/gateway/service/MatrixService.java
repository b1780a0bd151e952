package io.canrun.gateway.service;

import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.client.EvaluationRequest;
import io.canrun.gateway.client.PolicyEndUser;
import io.canrun.gateway.feasibility.DeploymentRequest;
import io.canrun.gateway.feasibility.EngineConstants;
import io.canrun.gateway.feasibility.Estimate;
import io.canrun.gateway.feasibility.FeasibilityEngine;
import io.canrun.gateway.feasibility.ModelArchitecture;
import io.canrun.gateway.model.AnswerKind;
import io.canrun.gateway.model.Matrix;
import io.canrun.gateway.model.MatrixRequest;
import io.canrun.gateway.model.PolicyView;
import io.canrun.gateway.model.TechnicalView;
import io.canrun.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Answers models × chips × destinations in one call: feasibility once per model and chip, verdicts
 * from batched policy calls once per chip and destination (never one call per cell), then one
 * combined answer per cell.
 */
@ApplicationScoped
public class MatrixService {

  private final CatalogView catalog;
  private final PolicyVerdicts verdicts;
  private final Clock clock;
  private final FeasibilityEngine engine = new FeasibilityEngine();

  public MatrixService(CatalogView catalog, PolicyVerdicts verdicts, Clock clock) {
    this.catalog = catalog;
    this.verdicts = verdicts;
    this.clock = clock;
  }

  public Matrix matrix(MatrixRequest request) {
    List<String> models = distinct(request.models());
    List<String> chips = distinct(request.chips());
    List<String> destinations = distinct(request.destinations());
    long cells = (long) models.size() * chips.size() * destinations.size();
    if (cells > MatrixRequest.MAX_CELLS) {
      throw ProblemException.invalidParameter(
          "models",
          "× chips × destinations gives "
              + cells
              + " cells; at most "
              + MatrixRequest.MAX_CELLS
              + " per call");
    }
    CatalogView.CatalogRead read = catalog.read();
    Map<String, CatalogModel> modelsBySlug = new LinkedHashMap<>();
    models.forEach(slug -> modelsBySlug.put(slug, AnswerService.model(slug, read.snapshot())));
    Map<String, Hardware> hardware = new LinkedHashMap<>();
    chips.forEach(slug -> hardware.put(slug, Hardware.resolve(slug, read.snapshot())));

    LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now(clock);
    PolicyBatch policy =
        PolicyBatch.fetch(
            verdicts,
            hardware.values().stream().map(Hardware::chip).distinct().toList(),
            destinations,
            new PolicyVerdicts.PolicyQuery(
                asOf,
                request.policyVersion(),
                request.endUser() == null && request.endUserHq() == null
                    ? null
                    : new PolicyEndUser(request.endUser(), request.endUserHq()),
                request.exportFrom() == null ? "US" : request.exportFrom(),
                EvaluationRequest.Detail.SUMMARY));

    List<Matrix.Verdict> verdictList = new ArrayList<>();
    Map<String, PolicyView> views = new LinkedHashMap<>();
    for (Map.Entry<String, Hardware> chip : hardware.entrySet()) {
      for (String destination : destinations) {
        PolicyView view = policy.view(chip.getValue().chip().slug(), destination);
        views.put(chip.getKey() + "|" + destination, view);
        verdictList.add(
            new Matrix.Verdict(chip.getKey(), destination, view.verdict(), reviewPolicy(view)));
      }
    }

    List<Matrix.Technical> technicalList = new ArrayList<>();
    List<Matrix.Cell> cellList = new ArrayList<>((int) cells);
    for (CatalogModel model : modelsBySlug.values()) {
      ModelArchitecture architecture = EngineInputs.model(model);
      int context = AnswerService.context(request.context(), model);
      for (Map.Entry<String, Hardware> chip : hardware.entrySet()) {
        TechnicalView technical =
            TechnicalView.of(estimate(architecture, chip.getValue(), request, context));
        technicalList.add(
            new Matrix.Technical(
                model.slug(),
                chip.getKey(),
                technical.fits(),
                technical.chipsRequired(),
                technical.precision(),
                technical.performance().decodeTokensPerSecond()));
        for (String destination : destinations) {
          AnswerKind answer =
              AnswerDecision.decide(technical.fits(), views.get(chip.getKey() + "|" + destination));
          cellList.add(new Matrix.Cell(model.slug(), chip.getKey(), destination, answer));
        }
      }
    }
    return new Matrix(
        asOf,
        policy.policyVersion(),
        policy.available(),
        policy.unavailableReason(),
        read.stale(),
        technicalList,
        verdictList,
        cellList);
  }

  private Estimate estimate(
      ModelArchitecture model, Hardware hardware, MatrixRequest request, int context) {
    CatalogChip chip = hardware.chip();
    return engine.estimate(
        model,
        EngineInputs.chip(chip),
        new DeploymentRequest(
            null,
            hardware.system() == null ? null : hardware.system().chipCount(),
            hardware.system() == null ? null : hardware.system().scaleUpDomainChips(),
            request.precision(),
            null,
            context,
            request.concurrency() == null ? 1 : request.concurrency(),
            EngineConstants.DEFAULTS));
  }

  /** The review policy of the most restrictive regime, when it has one. */
  private static String reviewPolicy(PolicyView view) {
    return view.regimes().stream()
        .filter(r -> r.verdict().equals(view.verdict()) && r.reviewPolicy() != null)
        .map(PolicyView.Regime::reviewPolicy)
        .findFirst()
        .orElse(null);
  }

  private static List<String> distinct(List<String> values) {
    return List.copyOf(new LinkedHashSet<>(values));
  }
}
