package io.canrun.gateway.feasibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Every fitted row of calibration.tsv holds what its named measurements give when the fit is redone
 * through the engine (rounded to three significant digits in the file): the table is the fit of
 * published figures, not tuned by hand.
 */
class CalibrationFitTest {

  @Test
  void everyFittedRowIsTheFitOfItsMeasurements() {
    CalibrationTable table = CalibrationTable.standard();
    CalibrationFit fit = new CalibrationFit(SeedCatalog.get());
    int fitted = 0;
    for (CalibrationTable.Row row : table.rows()) {
      if (row.fittedOn().contains("-")) {
        continue;
      }
      CalibrationFit.Fitted refit = fit.fit(table, row, row.fittedOn());
      if (refit.decodeEfficiency() != null) {
        assertThat(row.decodeEfficiency())
            .as("%s decode efficiency", row.id())
            .isCloseTo(refit.decodeEfficiency(), within(refit.decodeEfficiency() * 0.006));
        fitted++;
      }
      if (refit.prefillMfu() != null) {
        assertThat(row.prefillMfu())
            .as("%s prefill MFU", row.id())
            .isCloseTo(refit.prefillMfu(), within(refit.prefillMfu() * 0.006));
        assertThat(row.prefillLayerUs())
            .as("%s prefill per-layer cost", row.id())
            .isCloseTo(refit.prefillLayerUs(), within(Math.max(1, refit.prefillLayerUs() * 0.006)));
        fitted++;
      }
    }
    assertThat(fitted).isGreaterThanOrEqualTo(15);
  }

  @Test
  void efficienciesArePhysical() {
    for (CalibrationTable.Row row : CalibrationTable.standard().rows()) {
      if (row.decodeEfficiency() != null) {
        assertThat(row.decodeEfficiency()).as(row.id()).isBetween(0.05, 1.0);
      }
      if (row.prefillMfu() != null) {
        assertThat(row.prefillMfu()).as(row.id()).isBetween(0.05, 1.0);
      }
    }
  }
}
