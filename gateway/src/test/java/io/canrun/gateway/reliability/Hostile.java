package io.canrun.gateway.reliability;

import static io.canrun.testsupport.HostileInput.nested;
import static io.canrun.testsupport.HostileInput.pick;
import static io.canrun.testsupport.HostileInput.unicode;

import java.util.List;
import java.util.Random;

/** Hostile values for fuzzing, drawn from a seeded {@link Random} so a failure can be replayed. */
final class Hostile {

  static final List<String> INJECTIONS =
      List.of(
          "' OR '1'='1",
          "x'; DROP TABLE chip; --",
          "\"; DELETE FROM rule; --",
          "${jndi:ldap://127.0.0.1/a}",
          "#{7*7}",
          "{{7*7}}",
          "<script>alert(1)</script>",
          "../../../../etc/passwd",
          "..%2F..%2Fetc%2Fpasswd",
          "%00",
          "\u0000",
          "\r\nX-Injected: yes",
          "item.tpp > 0 || true",
          "$where: 1",
          "() { :; }; echo pwned",
          "null",
          "undefined",
          "NaN",
          "[]",
          "{}",
          "true");

  static final List<String> NUMBERS =
      List.of(
          "0",
          "-1",
          "-0",
          "1",
          "8",
          "2147483647",
          "2147483648",
          "-2147483649",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775808",
          "1e309",
          "-1e309",
          "1e-400",
          "NaN",
          "Infinity",
          "-Infinity",
          "0x10",
          "1_000",
          "1.5",
          "08",
          "\uff11\uff12",
          "99999999999999999999999999999999999999");

  static final List<String> DATES =
      List.of(
          "2023-01-15",
          "2026-11-22",
          "2023-02-30",
          "2023-13-01",
          "0000-01-01",
          "1899-12-31",
          "9999-12-31",
          "+999999999-12-31",
          "-2023-01-01",
          "2023-1-1",
          "20230115",
          "2023-01-15T00:00:00Z",
          "today");

  private Hostile() {}

  /** Any kind of hostile text. */
  static String value(Random random) {
    switch (random.nextInt(7)) {
      case 0:
        return pick(random, INJECTIONS);
      case 1:
        return pick(random, NUMBERS);
      case 2:
        return pick(random, DATES);
      case 3:
        return unicode(random, 1 + random.nextInt(40));
      case 4:
        return "a".repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 1500 : 80));
      case 5:
        return "";
      default:
        return String.valueOf(random.nextLong());
    }
  }

  /** A JSON string literal for {@code value}, escaped as a well-behaved client would. */
  static String jsonString(String value) {
    StringBuilder json = new StringBuilder("\"");
    value
        .codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                json.append('\\').appendCodePoint(c);
              } else if (c < 0x20) {
                json.append(String.format("\\u%04x", c));
              } else {
                json.appendCodePoint(c);
              }
            });
    return json.append('"').toString();
  }

  /** Broken JSON of many kinds. */
  static String malformedJson(Random random) {
    return pick(
        random,
        List.of(
            "{",
            "[",
            "{\"models\": [",
            "{\"models\": [\"llama-3.1-70b\",]}",
            "{'models': ['llama-3.1-70b']}",
            "{\"models\": NaN}",
            "{\"models\": [\"a\"] /* comment */}",
            "\ufeff{\"models\": []}",
            "{\"models\": [\"a\"]}{\"models\": [\"b\"]}",
            "{\"models\": \"\\ud800\"}",
            "{\"models\": [\"\\u00zz\"]}",
            "nul",
            "\u0000\u0001\u0002",
            unicode(random, 20),
            nested(2_000 + random.nextInt(8_000), random.nextBoolean()),
            nested(200, random.nextBoolean())));
  }
}
