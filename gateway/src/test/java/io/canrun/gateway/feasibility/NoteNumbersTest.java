package io.canrun.gateway.feasibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoteNumbersTest {

  @Test
  void thousandsAreGroupedAsAFormatterWould() {
    for (long value : new long[] {0, 7, 999, 1_000, 30_720, 327_680, 1_350_836, -70_272}) {
      assertThat(NoteNumbers.grouped(value)).isEqualTo(String.format("%,d", value));
    }
  }

  @Test
  void tenthsAndPercentsRound() {
    assertThat(NoteNumbers.tenths(71.64)).isEqualTo("71.6");
    assertThat(NoteNumbers.tenths(2)).isEqualTo("2.0");
    assertThat(NoteNumbers.percent(0.583)).isEqualTo("58");
  }
}
