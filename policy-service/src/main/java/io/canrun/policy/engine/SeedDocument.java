package io.canrun.policy.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the seed migration ({@value #SEED_MIGRATION}), whose data are JSON blocks between
 * dollar-quote tags, into engine objects. The service loads the seed through Flyway and the
 * database; tests of the engine and the benchmark use this reader so they evaluate exactly the
 * seeded policy without a database.
 */
public final class SeedDocument {

  public static final String SEED_MIGRATION = "db/migration/V2__seed_version_1.sql";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String sql;

  private SeedDocument(String sql) {
    this.sql = sql;
  }

  public static SeedDocument load() {
    try (InputStream in = SeedDocument.class.getClassLoader().getResourceAsStream(SEED_MIGRATION)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + SEED_MIGRATION + " on the classpath");
      }
      return new SeedDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seeded policy (version 1), its rules compiled with {@code compiler}. */
  public PolicySnapshot snapshot(ConditionCompiler compiler) {
    return new PolicySnapshot(
        1,
        Instant.parse("2026-11-22T00:00:00Z"),
        list("regimes", node -> node.get("code").asText()),
        rules().stream().map(rule -> CompiledRule.compile(rule, compiler)).toList(),
        new CountryDirectory(countries(), memberships()),
        new EntityScreen(entities()),
        new Classifier(criteria()));
  }

  public List<Country> countries() {
    return list(
        "countries",
        node ->
            new Country(
                text(node, "code"),
                text(node, "name"),
                text(node, "treatedAs"),
                date(node, "treatedAsFrom")));
  }

  public List<GroupMembership> memberships() {
    return list(
        "memberships",
        node ->
            new GroupMembership(
                text(node, "id"),
                text(node, "group"),
                text(node, "country"),
                date(node, "from"),
                date(node, "to")));
  }

  public List<EntityEntry> entities() {
    return list(
        "entities",
        node ->
            new EntityEntry(
                text(node, "id"),
                text(node, "name"),
                strings(node, "aliases"),
                text(node, "country"),
                date(node, "from"),
                date(node, "to"),
                node.hasNonNull("reviewPolicy")
                    ? ReviewPolicy.valueOf(text(node, "reviewPolicy"))
                    : null,
                strings(node, "footnotes")));
  }

  public List<ClassificationCriterion> criteria() {
    return list(
        "criteria",
        node ->
            new ClassificationCriterion(
                text(node, "vintage"),
                text(node, "clause"),
                text(node, "class"),
                ClassificationCriterion.Kind.valueOf(text(node, "kind")),
                ThresholdTest.parseAll(text(node, "tests")),
                date(node, "from"),
                date(node, "to"),
                text(node, "citation"),
                text(node, "note"),
                node.get("ordinal").asInt()));
  }

  public List<RuleDefinition> rules() {
    return list(
        "rules",
        node ->
            new RuleDefinition(
                text(node, "id"),
                text(node, "regime"),
                text(node, "title"),
                text(node, "citation"),
                text(node, "sourceUrl"),
                date(node, "from"),
                date(node, "to"),
                RuleStatus.valueOf(text(node, "status")),
                text(node, "condition"),
                Verdict.valueOf(text(node, "effect")),
                node.hasNonNull("reviewPolicy")
                    ? ReviewPolicy.valueOf(text(node, "reviewPolicy"))
                    : null,
                node.get("precedence").asInt(),
                strings(node, "supersedes"),
                strings(node, "conditions"),
                strings(node, "assumptions"),
                Confidence.valueOf(text(node, "confidence")),
                text(node, "notes"),
                1));
  }

  private <T> List<T> list(String tag, Function<JsonNode, T> mapper) {
    String marker = "$" + tag + "$";
    int start = sql.indexOf(marker);
    int end = sql.indexOf(marker, start + marker.length());
    if (start < 0 || end < 0) {
      throw new IllegalStateException("No " + marker + " block in " + SEED_MIGRATION);
    }
    try {
      JsonNode array = JSON.readTree(sql.substring(start + marker.length(), end));
      List<T> result = new ArrayList<>();
      array.forEach(node -> result.add(mapper.apply(node)));
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }

  private static LocalDate date(JsonNode node, String field) {
    return node.hasNonNull(field) ? LocalDate.parse(node.get(field).asText()) : null;
  }

  private static List<String> strings(JsonNode node, String field) {
    List<String> values = new ArrayList<>();
    if (node.hasNonNull(field)) {
      node.get(field).forEach(value -> values.add(value.asText()));
    }
    return values;
  }
}
