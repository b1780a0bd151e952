package io.canrun.policy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClassifierTraceTest {

  private final Classifier classifier = SeededPolicy.SNAPSHOT.classifier();

  @Test
  void traceShowsEveryTestWithItsNumbers() {
    Classification h100 =
        classifier.classify(GroundTruthChips.spec("h100-sxm"), LocalDate.parse("2026-11-22"));
    assertThat(h100.tpp()).isEqualTo(15831.2);
    assertThat(h100.tppPrecision()).isEqualTo("FP8");
    assertThat(h100.performanceDensity()).isBetween(19.44, 19.46);
    assertThat(h100.clauses()).containsExactly("3A090.a.1", "3A090.a.2");
    assertThat(h100.trace())
        .contains(new TraceEntry("3A090.a.1", "tpp ≥ 4800", 15831.2, 4800.0, true, null));
    assertThat(h100.trace())
        .anySatisfy(
            entry -> {
              assertThat(entry.clause()).isEqualTo("3A090.c");
              assertThat(entry.passed()).isFalse();
              assertThat(entry.note()).contains("co-packaged");
            });
    assertThat(h100.notes()).anyMatch(note -> note.contains("1978.9 × 8 = 15831.2"));
  }

  @Test
  void unknownDieAreaSaysWhichProngsCouldNotBeTested() {
    Classification s4000 =
        classifier.classify(GroundTruthChips.spec("mtt-s4000"), LocalDate.parse("2026-11-22"));
    assertThat(s4000.itemClass()).isEqualTo(Classification.UNKNOWN);
    assertThat(s4000.performanceDensity()).isNull();
    assertThat(s4000.notes())
        .anyMatch(note -> note.contains("3A090.a.2") && note.contains("cannot be decided"));
    assertThat(s4000.trace()).anyMatch(e -> e.clause().equals("3A090.a.2") && e.passed() == null);
  }

  @Test
  void nonDatacenterCarveOutReleasesTheRtx4090D() {
    Classification d =
        classifier.classify(GroundTruthChips.spec("rtx-4090d"), LocalDate.parse("2024-06-01"));
    assertThat(d.itemClass()).isEqualTo(Classification.NOT_CONTROLLED);
    assertThat(d.notes()).anyMatch(note -> note.startsWith("3A090 Note 2 applies"));
  }

  @Test
  void unknownSegmentBelow4800CannotBeReleasedByNote2() {
    ItemSpec l4 = GroundTruthChips.spec("l4");
    ItemSpec unknownSegment =
        new ItemSpec(
            "x",
            "x",
            "x",
            "US",
            "TSMC",
            null,
            l4.dieAreaMm2(),
            300.0,
            null,
            l4.tops(),
            ItemType.IC,
            null,
            null,
            null);
    assertThat(classifier.classify(unknownSegment, LocalDate.parse("2024-06-01")).itemClass())
        .isEqualTo(Classification.UNKNOWN);
  }

  @Test
  void beforeOctober2022NothingIsControlled() {
    Classification old =
        classifier.classify(GroundTruthChips.spec("h100-sxm"), LocalDate.parse("2022-01-01"));
    assertThat(old.itemClass()).isEqualTo(Classification.NOT_CONTROLLED);
    assertThat(old.vintage()).isEqualTo(Classification.NO_VINTAGE);
  }

  @Test
  void tf32AssumptionIsStated() {
    Classification a100 =
        classifier.classify(GroundTruthChips.spec("a100-sxm-80gb"), LocalDate.parse("2024-01-01"));
    assertThat(a100.notes()).anyMatch(note -> note.contains("TF32 counted at its nominal 32"));
  }
}
