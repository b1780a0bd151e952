package io.canrun.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The raw material of the services' fuzz runs (injection strings, odd numbers, unicode, deep
 * nesting) and the one contract every reply must keep: no 5xx, and every error an RFC 9457 problem
 * that leaks no internals. Seeded {@link Random}s make every run replayable.
 */
public final class HostileInput {

  /** Strings that have broken web services before: SQL, template, path and log injection, etc. */
  public static final List<String> STRINGS =
      List.of(
          "' OR '1'='1",
          "x'; DROP TABLE chip; --",
          "%",
          "_",
          "\\",
          "${jndi:ldap://127.0.0.1/a}",
          "<script>alert(1)</script>",
          "../../etc/passwd",
          "\u0000",
          "\r\n",
          "null",
          "-1",
          "1e309",
          "9223372036854775808",
          "NaN",
          "",
          "\uD83D\uDE80\u202E\u0627\u0644\u200B",
          "\u4e2d\u6587\u540d\u79f0");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int[] PLANE_STARTS = {0x20, 0xc0, 0x4e00, 0x0590, 0x1f300, 0x0, 0x200b};
  private static final int[] PLANE_SPANS = {0x5f, 0x100, 0x5000, 0x100, 0x300, 0x20, 5};

  private HostileInput() {}

  public static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * Random code points from every range that matters: ASCII, accents, CJK, RTL, emoji, control
   * characters, zero-width characters and the supplementary planes.
   */
  public static String unicode(Random random, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int range = random.nextInt(PLANE_STARTS.length + 1);
      text.appendCodePoint(
          range == PLANE_STARTS.length
              ? 0x10000 + random.nextInt(0xfffff - 0x10000)
              : PLANE_STARTS[range] + random.nextInt(PLANE_SPANS[range]));
    }
    return text.toString();
  }

  /** Arrays or objects nested {@code depth} deep around a 1. */
  public static String nested(int depth, boolean objects) {
    StringBuilder json = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      json.append(objects ? "{\"n\":" : "[");
    }
    json.append('1');
    for (int i = 0; i < depth; i++) {
      json.append(objects ? '}' : ']');
    }
    return json.toString();
  }

  /**
   * Up to {@code maxChanges - 1} random injuries to the fields of a valid body: removed fields,
   * wrong types, huge numbers, nulls, nested values, unicode and {@code hostile} strings.
   */
  public static void damage(Random random, ObjectNode body, int maxChanges, List<String> hostile) {
    List<String> fields = new ArrayList<>();
    body.fieldNames().forEachRemaining(fields::add);
    if (fields.isEmpty()) {
      return;
    }
    for (int n = random.nextInt(maxChanges); n > 0; n--) {
      String field = pick(random, fields);
      switch (random.nextInt(9)) {
        case 0 -> body.remove(field);
        case 1 -> body.put(field, pick(random, hostile));
        case 2 -> body.put(field, random.nextBoolean() ? 1e308 : -1e308);
        case 3 -> body.put(field, random.nextLong());
        case 4 ->
            body.set(field, JSON.getNodeFactory().numberNode(new BigInteger("9".repeat(400))));
        case 5 -> body.putNull(field);
        case 6 -> body.putArray(field).add(pick(random, hostile)).add(random.nextInt());
        case 7 -> body.putObject(field).put(pick(random, hostile), pick(random, hostile));
        default -> body.put(field, unicode(random, 1 + random.nextInt(300)));
      }
    }
  }

  /**
   * {@code json} as it is in {@code keepPercent} % of calls; otherwise the whole body broken:
   * truncated, nested thousands deep, oversized (past a 2 MB limit now and then), wrapped, quoted
   * wrongly or doubled.
   */
  public static String garble(Random random, String json, int keepPercent) {
    int roll = random.nextInt(100);
    if (roll < keepPercent) {
      return json;
    }
    return switch (roll % 8) {
      case 0 -> json.substring(0, random.nextInt(json.length()));
      case 1 -> nested(1_500 + random.nextInt(5_000), random.nextBoolean());
      case 2 -> "{\"notes\":" + nested(50 + random.nextInt(300), random.nextBoolean()) + "}";
      case 3 ->
          random.nextInt(4) == 0
              ? "{\"notes\":\"" + "x".repeat(2_200_000) + "\"}"
              : "{\"notes\":\"" + "x".repeat(20_000) + "\"}";
      case 4 -> "[" + json + "]";
      case 5 -> unicode(random, 40);
      case 6 -> json.replace("\"", "'");
      default -> json + json;
    };
  }

  /** What an HTTP client can put in a header: printable ASCII only. */
  public static String asciiOnly(String value) {
    return value
        .codePoints()
        .filter(c -> c > 0x20 && c < 0x7f)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Enough of a long body to recognise it in a failure message. */
  public static String abbreviate(String text) {
    return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  /** No 5xx; every error an RFC 9457 problem document without internals; successes are JSON. */
  public static void assertContract(int status, String contentType, String body, String what)
      throws IOException {
    assertThat(status).as("no 5xx: %s", what).isLessThan(500);
    if (status >= 400) {
      assertThat(contentType).as(what).startsWith("application/problem+json");
      JsonNode problem = JSON.readTree(body);
      assertThat(problem.path("type").asText()).as(what).startsWith("urn:canrun:problem:");
      assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
      assertThat(problem.path("detail").asText()).as(what).isNotBlank();
      assertThat(body).as(what).doesNotContain("Exception", "\tat ", "SQL", "org.hibernate");
    } else if (status == 200) {
      assertThat(contentType).as(what).startsWith("application/json");
    }
  }
}
