package io.canrun.policy.rest;

import static io.canrun.policy.rest.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.canrun.policy.engine.RuleDefinition;
import io.canrun.policy.engine.SeedDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every seeded catalog chip (and system) × destinations of every kind × every rule-boundary date of
 * the seeded policy, through the batch evaluation API, shipped from the designer's country (the
 * default) and from the US. No answer may be a 5xx, use a word outside the fixed vocabulary, leave
 * a regime without a deciding rule, or let an embargoed destination through.
 *
 * <p>The embargo dates below come from the law (research notes, export-controls-sanctions.md §A),
 * not from the rules under test.
 */
@QuarkusTest
class PolicySweepTest {

  private static final Path CATALOG_SEED = Path.of("../catalog-service/src/main/resources/seed");

  /** Embargoed destinations with the date each embargo binds every item (or null: always). */
  private static final Map<String, LocalDate> EMBARGOED =
      Map.of(
          "CU", LocalDate.MIN, // 15 CFR 746.2, longstanding
          "IR", LocalDate.MIN, // 746.7, longstanding
          "KP", LocalDate.parse("2007-01-26"), // 746.4
          "SY", LocalDate.parse("2004-05-14"), // 746.9
          "RU", LocalDate.parse("2022-02-24"), // 746.8, 87 FR 12226
          "BY", LocalDate.parse("2022-03-02")); // 746.8, 87 FR 13048

  private static final List<String> DESTINATIONS =
      List.of(
          "IR", "KP", "CU", "SY", "RU", "BY", // embargoed
          "CN", "MO", "HK", // China, Macau, Hong Kong (treated as China)
          "VN", "KZ", // D:1
          "SA", "AE", "IL", // D:4 (Israel also A:6), the UAE named expressly
          "VE", "NI", "KH", // D:5, Nicaragua and Cambodia with dated memberships
          "JP", "DE", "SG", "TW", // A:5 / A:6
          "US", // the US itself
          "IN", "MY", "BR"); // neither (AI-diffusion "tier 2"-like)

  private static final Set<String> VERDICTS =
      Set.of(
          "NO_LICENSE_REQUIRED",
          "LICENSE_REQUIRED",
          "NOTIFICATION_REQUIRED",
          "PROHIBITED",
          "DISCOURAGED",
          "NOT_APPLICABLE",
          "UNKNOWN");
  private static final Set<String> REVIEW_POLICIES =
      Set.of(
          "PRESUMPTION_OF_DENIAL", "POLICY_OF_DENIAL", "CASE_BY_CASE", "PRESUMPTION_OF_APPROVAL");
  private static final Set<String> BLOCKING = Set.of("PRESUMPTION_OF_DENIAL", "POLICY_OF_DENIAL");
  private static final Set<String> FREE =
      Set.of("NO_LICENSE_REQUIRED", "NOT_APPLICABLE", "DISCOURAGED", "NOTIFICATION_REQUIRED");
  private static final Set<String> CLASSES =
      Set.of(
          "3A090",
          "3A090.a",
          "3A090.b",
          "3A090.c",
          "4A090",
          "4A090.a",
          "4A090.b",
          "not-controlled",
          "unknown");
  private static final Set<String> FAMILY_3A090 = Set.of("3A090", "3A090.a", "3A090.b", "3A090.c");

  /**
   * A licence whose review policy is not published: the April 2025 "is-informed" letters on H20 and
   * MI308 (research notes §5.1). Every other licence names its review policy.
   */
  private static final Set<String> REVIEW_POLICY_UNPUBLISHED =
      Set.of("ear-2025-04-h20-mi308-licence");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyChipDestinationAndBoundaryDateGetsAnAnswerInTheVocabulary() throws IOException {
    List<Map<String, Object>> items = catalogItems();
    Map<String, String> designer = new HashMap<>();
    items.forEach(i -> designer.put((String) i.get("id"), (String) i.get("designerCountry")));
    List<LocalDate> dates = boundaryDates();
    int pairs = 0;
    for (LocalDate date : dates) {
      for (String exportFrom : new String[] {null, "US"}) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asOf", date.toString());
        body.put("items", items);
        body.put("destinations", DESTINATIONS);
        body.put("detail", "SUMMARY");
        if (exportFrom != null) {
          body.put("exportFrom", exportFrom);
        }
        Response response = json().body(body).post("/api/v1/evaluations");
        assertThat(response.statusCode()).as("%s from %s", date, exportFrom).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.asByteArray());
        assertThat(answer.get("ruleSets").findValuesAsText("regime"))
            .containsExactly("US-EAR", "CN");
        assertThat(answer.get("notModelled").asText()).contains("not a legal clearance");
        for (JsonNode result : answer.get("results")) {
          check(result, date, designer.get(result.get("item").asText()));
          pairs++;
        }
      }
    }
    assertThat(dates).hasSizeGreaterThan(40);
    assertThat(pairs).isEqualTo(dates.size() * 2 * items.size() * DESTINATIONS.size());
  }

  private static void check(JsonNode result, LocalDate date, String designerCountry) {
    String item = result.get("item").asText();
    String destination = result.get("destination").asText();
    String from = result.get("exportFrom").asText();
    String where = item + " → " + destination + " from " + from + " on " + date;
    assertThat(result.get("verdict").asText()).as(where).isIn(VERDICTS);
    assertThat(result.get("classification").get("class").asText()).as(where).isIn(CLASSES);
    int strictest = -1;
    JsonNode usEar = null;
    for (JsonNode regime : result.get("regimes")) {
      String verdict = regime.get("verdict").asText();
      assertThat(verdict).as(where).isIn(VERDICTS);
      JsonNode policy = regime.get("reviewPolicy");
      if (!policy.isNull()) {
        assertThat(policy.asText()).as(where).isIn(REVIEW_POLICIES);
      }
      assertThat(regime.get("rules")).as(where + ": a rule decides " + regime).isNotEmpty();
      if (verdict.equals("LICENSE_REQUIRED") && policy.isNull()) {
        assertThat(regime.get("rules").findValuesAsText("id"))
            .as(where + ": licence without a review policy")
            .isSubsetOf(REVIEW_POLICY_UNPUBLISHED);
      }
      strictest = Math.max(strictest, rank(verdict));
      if (regime.get("regime").asText().equals("US-EAR")) {
        usEar = regime;
      }
    }
    assertThat(rank(result.get("verdict").asText())).as(where).isEqualTo(strictest);
    assertThat(usEar).as(where).isNotNull();

    String verdict = usEar.get("verdict").asText();
    String policy = usEar.get("reviewPolicy").asText(null);
    LocalDate embargoFrom = EMBARGOED.get(destination);
    if (embargoFrom != null && !date.isBefore(embargoFrom)) {
      boolean subjectToEar = designerCountry.equals("US") || from.equals("US");
      assertThat(verdict).as(where + ": embargoed, never free").isNotIn(FREE);
      if (subjectToEar && !embargoAllowsLessThanDenial(destination, date, result)) {
        assertThat(verdict).as(where).isIn("LICENSE_REQUIRED", "PROHIBITED");
        if (verdict.equals("LICENSE_REQUIRED")) {
          assertThat(policy).as(where + ": embargo blocks").isIn(BLOCKING);
        }
      }
    }
    if (destination.equals(designerCountry) && from.equals(designerCountry)) {
      assertThat(verdict).as(where + ": a domestic sale is decided").isNotEqualTo("UNKNOWN");
      if (destination.equals("US")) {
        assertThat(verdict).as(where).isEqualTo("NOT_APPLICABLE");
      }
    }
  }

  /**
   * Syria from 2025-09-02 reviews items other than 3A090/4A090 case by case (90 FR 42315); before
   * 2023-05-19 Russia and Belarus required a licence only for CCL items, which a non-3A090 chip may
   * or may not be (then the answer is unknown, still never free).
   */
  private static boolean embargoAllowsLessThanDenial(
      String destination, LocalDate date, JsonNode result) {
    String itemClass = result.get("classification").get("class").asText();
    boolean family = FAMILY_3A090.contains(itemClass.replace("4A090", "3A090"));
    return switch (destination) {
      case "SY" -> !date.isBefore(LocalDate.parse("2025-09-02")) && !family;
      case "RU", "BY" -> date.isBefore(LocalDate.parse("2023-05-19")) && !family;
      default -> false;
    };
  }

  private static int rank(String verdict) {
    return List.of(
            "NOT_APPLICABLE",
            "NO_LICENSE_REQUIRED",
            "DISCOURAGED",
            "NOTIFICATION_REQUIRED",
            "UNKNOWN",
            "LICENSE_REQUIRED",
            "PROHIBITED")
        .indexOf(verdict);
  }

  /** Every date a seeded rule or group membership starts or ends, and the day before. */
  private static List<LocalDate> boundaryDates() {
    SeedDocument seed = SeedDocument.load();
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (RuleDefinition rule : seed.rules()) {
      addBoundary(dates, rule.effectiveFrom());
      addBoundary(dates, rule.effectiveTo());
    }
    seed.memberships()
        .forEach(
            m -> {
              addBoundary(dates, m.effectiveFrom());
              addBoundary(dates, m.effectiveTo());
            });
    dates.add(LocalDate.parse("2026-11-22"));
    return new ArrayList<>(dates);
  }

  private static void addBoundary(TreeSet<LocalDate> dates, LocalDate date) {
    if (date != null) {
      dates.add(date.minusDays(1));
      dates.add(date);
    }
  }

  /** The catalog seed's chips as the gateway describes them, and its systems as SYSTEM items. */
  private static List<Map<String, Object>> catalogItems() throws IOException {
    Map<String, Map<String, Object>> chips = new LinkedHashMap<>();
    for (JsonNode chip : JSON.readTree(CATALOG_SEED.resolve("chips.json").toFile())) {
      chips.put(chip.get("slug").asText(), item(chip, chip.get("slug").asText(), "IC"));
    }
    List<Map<String, Object>> items = new ArrayList<>(chips.values());
    for (JsonNode system : JSON.readTree(CATALOG_SEED.resolve("systems.json").toFile())) {
      Map<String, Object> item = new LinkedHashMap<>(chips.get(system.get("chip").asText()));
      item.put("id", system.get("slug").asText());
      item.put("name", system.get("name").asText());
      item.put("itemType", "SYSTEM");
      items.add(item);
    }
    assertThat(chips).hasSizeGreaterThanOrEqualTo(36);
    return items;
  }

  private static Map<String, Object> item(JsonNode chip, String id, String itemType) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", id);
    item.put("name", chip.get("name").asText());
    item.put("vendor", chip.get("vendor").asText());
    item.put("designerCountry", chip.get("designerCountry").asText());
    item.put("itemType", itemType);
    item.put("foundry", text(chip, "foundry"));
    item.put("marketSegment", text(chip, "marketSegment"));
    item.put("soldInUs", chip.hasNonNull("soldInUs") ? chip.get("soldInUs").asBoolean() : null);
    item.put("dieAreaMm2", number(chip, "dieAreaMm2"));
    item.put("memoryBandwidthGBps", number(chip, "memoryBandwidthGBps"));
    item.put("interconnectGBps", number(chip, "scaleUpGBps"));
    item.put("scaleUpInterconnect", text(chip, "scaleUpInterconnect"));
    Map<String, Double> tops = new LinkedHashMap<>();
    for (JsonNode peak : chip.get("compute")) {
      boolean supported = !peak.has("supported") || peak.get("supported").asBoolean(true);
      if (supported && peak.hasNonNull("denseTflops")) {
        tops.put(peak.get("precision").asText(), peak.get("denseTflops").asDouble());
      }
    }
    item.put("tops", tops);
    return item;
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }

  private static Double number(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asDouble() : null;
  }
}
