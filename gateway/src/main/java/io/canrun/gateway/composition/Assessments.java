package io.canrun.gateway.composition;

import io.canrun.gateway.api.TechnicalView;
import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.EvaluationRequest;
import io.canrun.gateway.feasibility.FeasibilityEngine;
import io.canrun.gateway.feasibility.ModelArchitecture;
import io.canrun.gateway.question.Hardware;
import io.canrun.gateway.question.Question;
import io.canrun.gateway.upstream.PolicyVerdicts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The two halves every answer is composed of, whichever use case asks: the feasibility engine's
 * estimate of a model on some hardware, and policy-service's verdicts for chips × destinations at
 * the question's pinned version.
 */
@ApplicationScoped
public class Assessments {

  private final FeasibilityEngine engine;
  private final PolicyVerdicts verdicts;

  public Assessments(FeasibilityEngine engine, PolicyVerdicts verdicts) {
    this.engine = engine;
    this.verdicts = verdicts;
  }

  /** The estimate at {@code count} chips, or the fewest that fit when null. */
  public TechnicalView technical(
      Question<?> question,
      ModelArchitecture model,
      Hardware hardware,
      Integer count,
      int context) {
    return TechnicalView.of(
        engine.estimate(
            model,
            EngineInputs.chip(hardware.chip()),
            EngineInputs.deployment(question, hardware, count, context)));
  }

  /**
   * Every chip × destination from one batched evaluation, or the reason there is none; {@code
   * itemType} is {@link io.canrun.gateway.client.PolicyItem#SYSTEM} when the chips ship inside a
   * system the question names, else {@link io.canrun.gateway.client.PolicyItem#CHIP}.
   */
  public PolicyBatch policy(
      Question<?> question,
      List<CatalogChip> chips,
      List<String> destinations,
      String itemType,
      EvaluationRequest.Detail detail) {
    return PolicyBatch.fetch(verdicts, question, chips, destinations, itemType, detail);
  }
}
