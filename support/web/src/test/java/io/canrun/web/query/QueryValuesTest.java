package io.canrun.web.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules a query value is read by, one type at a time, without a server. */
class QueryValuesTest {

  @Test
  void readsEachSupportedType() {
    assertThat(QueryValues.parse(Integer.class, " 42 ")).isEqualTo(42);
    assertThat(QueryValues.parse(int.class, "-3")).isEqualTo(-3);
    assertThat(QueryValues.parse(Long.class, "9000000000")).isEqualTo(9_000_000_000L);
    assertThat(QueryValues.parse(Double.class, "1e3")).isEqualTo(1000.0);
    assertThat(QueryValues.parse(Boolean.class, "TRUE")).isEqualTo(true);
    assertThat(QueryValues.parse(LocalDate.class, "2023-01-15"))
        .isEqualTo(LocalDate.of(2023, 1, 15));
    assertThat(QueryValues.parse(Instant.class, "2026-11-22T00:00:00Z"))
        .isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
    assertThat(QueryValues.parse(String.class, "  Example Cloud  ")).isEqualTo("Example Cloud");
  }

  @Test
  void enumConstantsMatchInAnyCase() {
    assertThat(QueryValues.parse(TimeUnit.class, "seconds")).isEqualTo(TimeUnit.SECONDS);
    assertThatThrownBy(() -> QueryValues.parse(TimeUnit.class, "fortnights"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("must be one of NANOSECONDS, MICROSECONDS")
        .hasMessageEndingWith("got 'fortnights'");
  }

  @Test
  void blankIsAbsentExceptForPrimitives() {
    assertThat(QueryValues.parse(Integer.class, "  ")).isNull();
    assertThat(QueryValues.parse(String.class, "")).isNull();
    assertThatThrownBy(() -> QueryValues.parse(int.class, " "))
        .hasMessage("must be a whole number, got ''");
  }

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "eight | java.lang.Integer | must be a whole number, got 'eight'",
        "99999999999 | java.lang.Integer | must be a whole number, got '99999999999'",
        "1e9 | java.lang.Long | must be a whole number, got '1e9'",
        "lots | java.lang.Double | must be a number, got 'lots'",
        "1e999 | java.lang.Double | must be a finite number, got '1e999'",
        "yes | java.lang.Boolean | must be true or false, got 'yes'",
        "2023-13-01 | java.time.LocalDate | must be a date as YYYY-MM-DD, got '2023-13-01'",
        "1899-01-01 | java.time.LocalDate | must be between 2000-01-01 and 2100-12-31, got 1899-01-01",
        "yesterday | java.time.Instant"
            + " | must be an instant like 2026-11-22T00:00:00Z, got 'yesterday'",
      })
  void refusesWhatDoesNotReadAsItsType(String value, Class<?> type, String message) {
    assertThatThrownBy(() -> QueryValues.parse(type, value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void textIsBounded() {
    String longest = "x".repeat(QueryValues.MAX_TEXT);
    assertThat(QueryValues.parse(String.class, longest)).isEqualTo(longest);
    assertThatThrownBy(() -> QueryValues.parse(String.class, longest + "x"))
        .hasMessage("is longer than 200 characters");
  }

  @Test
  void onlyScalarsAndEnumsAreSupported() {
    assertThat(QueryValues.supports(TimeUnit.class)).isTrue();
    assertThat(QueryValues.supports(long.class)).isTrue();
    assertThat(QueryValues.supports(java.util.List.class)).isFalse();
    assertThat(QueryValues.supports(Object.class)).isFalse();
  }

  @Test
  void normalisesCodesAndSlugs() {
    assertThat(QueryValues.upperCase(" cn ")).isEqualTo("CN");
    assertThat(QueryValues.lowerCase("Llama-3.1-70B")).isEqualTo("llama-3.1-70b");
    assertThat(QueryValues.upperCase(null)).isNull();
  }
}
