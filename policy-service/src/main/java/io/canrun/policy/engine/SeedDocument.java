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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Reads the seed migrations, whose data are JSON blocks between dollar-quote tags, into engine
 * objects. {@value #SEED_MIGRATION} is policy version 1; each later seed migration in {@link
 * #VERSION_MIGRATIONS} writes the next version by replacing revisions (same id) and retiring
 * others, exactly as the SQL around the blocks does. The service loads the seed through Flyway and
 * the database; tests of the engine and the benchmark use this reader so they evaluate exactly the
 * seeded policy without a database.
 */
public final class SeedDocument {

  public static final String SEED_MIGRATION = "db/migration/V2__seed_version_1.sql";

  /** Migrations that each write one more policy version, in order (version 2 first). */
  public static final List<String> VERSION_MIGRATIONS =
      List.of("db/migration/V3__policy_version_2.sql");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Blocks base;
  private final List<Blocks> versions;

  private SeedDocument(Blocks base, List<Blocks> versions) {
    this.base = base;
    this.versions = versions;
  }

  public static SeedDocument load() {
    return new SeedDocument(
        new Blocks(read(SEED_MIGRATION)),
        VERSION_MIGRATIONS.stream().map(SeedDocument::read).map(Blocks::new).toList());
  }

  /** The latest seeded version. */
  public long currentVersion() {
    return 1L + versions.size();
  }

  /** The latest seeded policy, its rules compiled with {@code compiler}. */
  public PolicySnapshot snapshot(ConditionCompiler compiler) {
    return snapshot(currentVersion(), compiler);
  }

  /** The seeded policy as stored at {@code version}. */
  public PolicySnapshot snapshot(long version, ConditionCompiler compiler) {
    return new PolicySnapshot(
        version,
        changedAt(version),
        base.list("regimes", node -> new RuleSet(text(node, "code"), text(node, "name"))),
        notModelled(version),
        rules(version).stream().map(rule -> CompiledRule.compile(rule, compiler)).toList(),
        new CountryDirectory(countries(), memberships(version)),
        new EntityScreen(entities(version)),
        new Classifier(criteria()));
  }

  public List<Country> countries() {
    return base.list(
        "countries",
        node ->
            new Country(
                text(node, "code"),
                text(node, "name"),
                text(node, "treatedAs"),
                date(node, "treatedAsFrom")));
  }

  /** Group memberships of the latest version. */
  public List<GroupMembership> memberships() {
    return memberships(currentVersion());
  }

  public List<GroupMembership> memberships(long version) {
    return layered(version, "memberships", v -> SeedDocument::membership, GroupMembership::id);
  }

  /** Entity List entries of the latest version. */
  public List<EntityEntry> entities() {
    return entities(currentVersion());
  }

  public List<EntityEntry> entities(long version) {
    return layered(version, "entities", v -> SeedDocument::entity, EntityEntry::id);
  }

  /** Classification criteria: not versioned, so every migration's rows apply to every version. */
  public List<ClassificationCriterion> criteria() {
    List<ClassificationCriterion> criteria = new ArrayList<>(base.list("criteria", criterion()));
    versions.forEach(blocks -> criteria.addAll(blocks.listIfPresent("criteria", criterion())));
    return criteria;
  }

  /** Rules of the latest version. */
  public List<RuleDefinition> rules() {
    return rules(currentVersion());
  }

  public List<RuleDefinition> rules(long version) {
    return layered(version, "rules", SeedDocument::rule, RuleDefinition::id);
  }

  /**
   * Starts from version 1's rows; each later version replaces rows by id and retires others. Rows
   * are read with the mapper for the version that wrote them.
   */
  private <T> List<T> layered(
      long version,
      String tag,
      LongFunction<Function<JsonNode, T>> mapperOfVersion,
      Function<T, String> id) {
    List<T> rows = new ArrayList<>(base.list(tag, mapperOfVersion.apply(1)));
    for (long v = 2; v <= version; v++) {
      Blocks blocks = versions.get((int) v - 2);
      List<T> written = blocks.listIfPresent(tag, mapperOfVersion.apply(v));
      Set<String> replaced = ids(written, id, blocks, "retired_" + tag);
      rows.removeIf(row -> replaced.contains(id.apply(row)));
      rows.addAll(written);
    }
    return rows;
  }

  private static <T> Set<String> ids(
      List<T> written, Function<T, String> id, Blocks blocks, String retiredTag) {
    Set<String> ids = new HashSet<>();
    written.forEach(row -> ids.add(id.apply(row)));
    ids.addAll(blocks.listIfPresent(retiredTag, JsonNode::asText));
    return ids;
  }

  private Instant changedAt(long version) {
    if (version == 1) {
      return Instant.parse("2026-11-22T00:00:00Z");
    }
    return Instant.parse(
        versions.get((int) version - 2).object("version").get("changedAt").asText());
  }

  /** The line a migration states for {@code version}; a later migration's statement wins. */
  private String notModelled(long version) {
    String line = null;
    for (Blocks blocks : versions) {
      for (JsonNode node : blocks.listIfPresent("not_modelled", node -> node)) {
        if (node.get("version").asLong() == version) {
          line = text(node, "line");
        }
      }
    }
    return line;
  }

  private static GroupMembership membership(JsonNode node) {
    return new GroupMembership(
        text(node, "id"),
        text(node, "group"),
        text(node, "country"),
        date(node, "from"),
        date(node, "to"));
  }

  private static EntityEntry entity(JsonNode node) {
    return new EntityEntry(
        text(node, "id"),
        text(node, "name"),
        strings(node, "aliases"),
        text(node, "country"),
        date(node, "from"),
        date(node, "to"),
        node.hasNonNull("reviewPolicy") ? ReviewPolicy.valueOf(text(node, "reviewPolicy")) : null,
        strings(node, "footnotes"));
  }

  private static Function<JsonNode, ClassificationCriterion> criterion() {
    return node ->
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
            node.get("ordinal").asInt(),
            node.hasNonNull("itemType") ? ItemType.valueOf(text(node, "itemType")) : ItemType.IC);
  }

  private static Function<JsonNode, RuleDefinition> rule(long version) {
    return node ->
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
            version);
  }

  private static String read(String resource) {
    try (InputStream in = SeedDocument.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON blocks of one migration, each between {@code $tag$} markers. */
  private record Blocks(String sql) {

    <T> List<T> list(String tag, Function<JsonNode, T> mapper) {
      List<T> result = new ArrayList<>();
      parse(tag).forEach(node -> result.add(mapper.apply(node)));
      return result;
    }

    <T> List<T> listIfPresent(String tag, Function<JsonNode, T> mapper) {
      return sql.contains("$" + tag + "$") ? list(tag, mapper) : List.of();
    }

    JsonNode object(String tag) {
      return parse(tag);
    }

    private JsonNode parse(String tag) {
      String marker = "$" + tag + "$";
      int start = sql.indexOf(marker);
      int end = sql.indexOf(marker, start + marker.length());
      if (start < 0 || end < 0) {
        throw new IllegalStateException("No " + marker + " block in a seed migration");
      }
      try {
        return JSON.readTree(sql.substring(start + marker.length(), end));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
