package io.canrun.gateway.feasibility;

import java.util.HashMap;
import java.util.Map;

/** Which family each chip belongs to ({@code chip-families.tsv}), for calibration fallback. */
final class ChipFamilies {

  private final Map<String, String> familyOfChip;

  private ChipFamilies(Map<String, String> familyOfChip) {
    this.familyOfChip = familyOfChip;
  }

  static ChipFamilies load(String resource) {
    Map<String, String> families = new HashMap<>();
    for (Map<String, String> row : TsvTable.read(resource)) {
      for (String chip : row.get("chips").split(",")) {
        families.put(chip.trim(), row.get("family"));
      }
    }
    return new ChipFamilies(families);
  }

  /** The chip's family, or null when it is in none. */
  String familyOf(String chip) {
    return familyOfChip.get(chip);
  }
}
