package io.canrun.policy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalog chip classified under the seeded 2022 and 2023 criteria matches fact sheet §6. */
class ClassifierGroundTruthTest {

  private static final LocalDate IN_2022_VINTAGE = LocalDate.parse("2023-06-01");
  private static final LocalDate IN_2023_VINTAGE = LocalDate.parse("2026-11-22");

  static Stream<GroundTruthChips.Chip> chips() {
    return GroundTruthChips.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chips")
  void tppIsWithinOnePercentOfTheFactSheet(GroundTruthChips.Chip chip) {
    Classification result =
        SeededPolicy.SNAPSHOT.classifier().classify(chip.spec(), IN_2023_VINTAGE);
    if (chip.expectedTpp() == null) {
      assertThat(result.tpp()).as(chip.source()).isNull();
    } else {
      assertThat(result.tpp())
          .as(chip.source())
          .isCloseTo(chip.expectedTpp(), within(chip.expectedTpp() * 0.01));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chips")
  void classUnder2023CriteriaMatches(GroundTruthChips.Chip chip) {
    Classification result =
        SeededPolicy.SNAPSHOT.classifier().classify(chip.spec(), IN_2023_VINTAGE);
    assertThat(result.vintage()).isEqualTo("V2023");
    assertThat(result.itemClass()).as(chip.source()).isEqualTo(chip.expected2023());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chips")
  void classUnder2022CriteriaMatches(GroundTruthChips.Chip chip) {
    if (chip.expected2022() == null) {
      return;
    }
    Classification result =
        SeededPolicy.SNAPSHOT.classifier().classify(chip.spec(), IN_2022_VINTAGE);
    assertThat(result.vintage()).isEqualTo("V2022");
    assertThat(result.itemClass()).as(chip.source()).isEqualTo(chip.expected2022());
  }
}
