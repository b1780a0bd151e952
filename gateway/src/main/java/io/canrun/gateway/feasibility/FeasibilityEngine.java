package io.canrun.gateway.feasibility;

/**
 * Decides whether a model fits a chip (or a set of them), on how many in which layout, in which
 * precision, and how fast it would run under a serving engine's rules and calibration. Plain Java
 * with no framework types, so it can be tested and benchmarked alone; its data (weight formats,
 * engine profiles, calibration) are resource files beside it, each figure with its source.
 */
public final class FeasibilityEngine {

  private final CalibrationTable calibration;
  private final EngineProfiles profiles;

  /** The engine with the shipped calibration table and engine profiles. */
  public FeasibilityEngine() {
    this(CalibrationTable.standard());
  }

  /** The engine with another calibration table (leave-one-out checks use this). */
  public FeasibilityEngine(CalibrationTable calibration) {
    this.calibration = calibration;
    this.profiles = EngineProfiles.STANDARD;
  }

  public Estimate estimate(ModelArchitecture model, ChipSpec chip, DeploymentRequest request) {
    return estimation(model, chip, request).run();
  }

  /**
   * The speed model of the layout an estimate settles on, or null when it has none: what a
   * calibration fit needs to divide a measurement into its parts.
   */
  SpeedModel speedModel(ModelArchitecture model, ChipSpec chip, DeploymentRequest request) {
    Estimation estimation = estimation(model, chip, request);
    estimation.run();
    return estimation.chosenSpeed();
  }

  private Estimation estimation(ModelArchitecture model, ChipSpec chip, DeploymentRequest request) {
    return new Estimation(
        model, chip, request, profiles.of(request.engineOrDefault()), calibration);
  }
}
