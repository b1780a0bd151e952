package io.canrun.gateway.feasibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The calibration table of {@code calibration.tsv}: rows keyed by chip (or family), engine (or
 * engine class), precision class, dense/MoE and tensor-parallel bucket, each giving some of the
 * figures of a {@link Calibration} and the measurements it was fitted on. A lookup takes each
 * figure from the closest row that has it: the chip before its family before any chip (a sibling
 * chip's own row only as a last resort — a chip with a row of its own is a chip that behaves unlike
 * its family), then the same engine before its engine class before any engine, then precision class
 * and TP bucket. Dense and MoE figures never stand in for each other; another precision class or TP
 * bucket is used only when no row with a wildcard has the figure. The estimate says which rows it
 * used and how they differ from the request.
 */
public final class CalibrationTable {

  static final CalibrationTable STANDARD =
      load("calibration.tsv", ChipFamilies.load("chip-families.tsv"));

  private static final String ANY = "*";
  private static final int EXCLUDED = Integer.MAX_VALUE;

  private final List<Row> rows;
  private final ChipFamilies families;
  private final Row global;

  private CalibrationTable(List<Row> rows, ChipFamilies families) {
    this.rows = List.copyOf(rows);
    this.families = families;
    this.global = rows.stream().filter(Row::isGlobal).findFirst().orElse(null);
  }

  /** The table shipped with the engine. */
  public static CalibrationTable standard() {
    return STANDARD;
  }

  static CalibrationTable load(String resource, ChipFamilies families) {
    List<Row> rows = new ArrayList<>();
    for (Map<String, String> cells : TsvTable.read(resource)) {
      Double range = TsvTable.number(cells, "rangePct");
      if (range == null) {
        throw new IllegalStateException(
            resource + ": row " + cells.get("id") + " needs a rangePct");
      }
      rows.add(
          new Row(
              cells.get("id"),
              cells.get("chip"),
              cells.get("engine"),
              cells.get("precision"),
              cells.get("arch"),
              cells.get("tp"),
              TsvTable.number(cells, "decodeEfficiency"),
              TsvTable.number(cells, "stepMs"),
              TsvTable.number(cells, "layerUs"),
              TsvTable.number(cells, "collectiveUs"),
              TsvTable.number(cells, "prefillMfu"),
              TsvTable.number(cells, "prefillLayerUs"),
              range,
              List.of(cells.get("fittedOn").split(","))));
    }
    CalibrationTable table = new CalibrationTable(rows, families);
    table.requireDefaults();
    return table;
  }

  /** The same table with some rows replaced (by id) and some removed, for refits. */
  CalibrationTable with(List<Row> replacements, List<String> removed) {
    List<Row> kept = new ArrayList<>();
    for (Row row : rows) {
      if (removed.contains(row.id())) {
        continue;
      }
      kept.add(replacements.stream().filter(r -> r.id().equals(row.id())).findFirst().orElse(row));
    }
    return new CalibrationTable(kept, families);
  }

  /** The rows, in file order. */
  List<Row> rows() {
    return rows;
  }

  /** Resolves every figure for one deployment. */
  Calibration lookup(Key key) {
    List<Scored> ranked = new ArrayList<>();
    for (Row row : rows) {
      int[] score = score(row, key);
      if (score != null) {
        ranked.add(new Scored(row, score));
      }
    }
    ranked.sort(Comparator.comparing(Scored::score, CalibrationTable::compare));
    Scored decode = first(ranked, r -> r.decodeEfficiency() != null);
    Scored prefill = first(ranked, r -> r.prefillMfu() != null);
    String fallback = fallback(decode, key);
    double range = decode.row().rangePct();
    if (fallback != null) {
      range = Math.max(range, global.rangePct());
    }
    return new Calibration(
        decode.row().decodeEfficiency(),
        value(ranked, Row::stepMs),
        value(ranked, Row::layerUs),
        value(ranked, Row::collectiveUs),
        prefill.row().prefillMfu(),
        value(ranked, Row::prefillLayerUs),
        decode.row().id(),
        prefill.row().id(),
        fallback,
        range);
  }

  private void requireDefaults() {
    if (global == null) {
      throw new IllegalStateException("calibration.tsv needs a '*' row");
    }
    if (global.decodeEfficiency() == null
        || global.stepMs() == null
        || global.layerUs() == null
        || global.collectiveUs() == null
        || global.prefillMfu() == null
        || global.prefillLayerUs() == null) {
      throw new IllegalStateException("the '*' calibration row must give every figure");
    }
  }

  private static Scored first(List<Scored> ranked, Predicate<Row> has) {
    for (Scored scored : ranked) {
      if (has.test(scored.row())) {
        return scored;
      }
    }
    throw new IllegalStateException("the '*' calibration row gives every figure");
  }

  private static double value(List<Scored> ranked, Function<Row, Double> figure) {
    for (Scored scored : ranked) {
      Double value = figure.apply(scored.row());
      if (value != null) {
        return value;
      }
    }
    throw new IllegalStateException("the '*' calibration row gives every figure");
  }

  /**
   * Distance of a row from the request per key, most important first: chip, engine, precision
   * class, architecture, TP bucket. 0 is an exact match; null excludes the row.
   */
  private int[] score(Row row, Key key) {
    int engine = engineScore(row.engine(), key);
    int chip = chipScore(row.chip(), key.chip());
    int arch = valueScore(row.arch(), key.arch());
    if (engine == EXCLUDED || chip == EXCLUDED || arch == 2) {
      return null;
    }
    return new int[] {
      chip,
      engine,
      valueScore(row.precision(), key.precisionClass()),
      arch,
      valueScore(row.tp(), key.tpBucket())
    };
  }

  private static int engineScore(String value, Key key) {
    if (value.equals(key.engine().id())) {
      return 0;
    }
    if (value.equals(key.engineClass())) {
      return 1;
    }
    return value.equals(ANY) ? 2 : EXCLUDED;
  }

  private int chipScore(String value, String chip) {
    if (value.equals(chip)) {
      return 0;
    }
    String family = families.familyOf(chip);
    if (family != null && value.equals(family)) {
      return 1;
    }
    if (value.equals(ANY)) {
      return 2;
    }
    return family != null && family.equals(families.familyOf(value)) ? 3 : EXCLUDED;
  }

  /** Exact 0, wildcard 1, another concrete value 2 (usable only as a last resort). */
  private static int valueScore(String value, String wanted) {
    if (value.equals(wanted)) {
      return 0;
    }
    return value.equals(ANY) ? 1 : 2;
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }

  /** How the decode row differs from the request, in words, or null when it matches. */
  private String fallback(Scored decode, Key key) {
    int[] s = decode.score();
    List<String> parts = new ArrayList<>();
    Row row = decode.row();
    if (s[0] == 1) {
      parts.add("family " + row.chip() + " for " + key.chip());
    } else if (s[0] == 2) {
      parts.add("no row for " + key.chip() + " or its family under this engine");
    } else if (s[0] == 3) {
      parts.add("sibling chip " + row.chip() + " for " + key.chip());
    }
    if (s[1] == 1) {
      parts.add("engine class '" + row.engine() + "' for " + key.engine().id());
    } else if (s[1] == 2) {
      parts.add("any engine for " + key.engine().id());
    }
    if (s[2] == 2) {
      parts.add(row.precision() + " figures for " + key.precisionClass() + " weights");
    }
    if (s[4] == 2) {
      parts.add("TP " + row.tp() + " figures for TP " + key.tpBucket());
    }
    boolean direct = s[0] <= 1 && s[1] == 0 && s[2] <= 1;
    if (direct && s[4] <= 1) {
      return null;
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  /** What a lookup is keyed by. */
  record Key(
      String chip,
      ServingEngine engine,
      String engineClass,
      String precisionClass,
      String arch,
      String tpBucket) {

    static String bucket(int tensorParallel) {
      if (tensorParallel <= 1) {
        return "1";
      }
      return tensorParallel <= 8 ? "2-8" : "9+";
    }
  }

  record Row(
      String id,
      String chip,
      String engine,
      String precision,
      String arch,
      String tp,
      Double decodeEfficiency,
      Double stepMs,
      Double layerUs,
      Double collectiveUs,
      Double prefillMfu,
      Double prefillLayerUs,
      double rangePct,
      List<String> fittedOn) {

    Row {
      Objects.requireNonNull(id);
    }

    boolean isGlobal() {
      return chip.equals(ANY)
          && engine.equals(ANY)
          && precision.equals(ANY)
          && arch.equals(ANY)
          && tp.equals(ANY);
    }
  }

  private record Scored(Row row, int[] score) {}
}
