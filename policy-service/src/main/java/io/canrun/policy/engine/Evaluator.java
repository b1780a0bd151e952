package io.canrun.policy.engine;

import com.google.protobuf.Timestamp;
import dev.cel.runtime.CelVariableResolver;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates items × destinations against a {@link PolicySnapshot}. Each item is classified once,
 * each destination's groups are looked up once, and every rule in force is a compiled program run
 * against in-memory variables: no I/O happens here. Plain Java, so benchmarks can drive it.
 */
public final class Evaluator {

  private final RegimeResolver resolver = new RegimeResolver();

  public List<PairVerdict> evaluate(PolicySnapshot snapshot, EvaluationQuery query) {
    Prepared prepared = prepare(snapshot, query);
    List<PairVerdict> results = new ArrayList<>(query.items().size() * query.destinations().size());
    for (int i = 0; i < query.items().size(); i++) {
      for (int d = 0; d < query.destinations().size(); d++) {
        results.add(prepared.evaluate(i, d));
      }
    }
    return results;
  }

  /** Classifies items and resolves destinations once; pairs are then evaluated from memory. */
  public Prepared prepare(PolicySnapshot snapshot, EvaluationQuery query) {
    LocalDate asOf = query.asOf();
    Map<String, List<CompiledRule>> inForce = new LinkedHashMap<>();
    snapshot
        .rulesByRegime()
        .forEach(
            (regime, rules) ->
                inForce.put(
                    regime,
                    rules.stream().filter(rule -> rule.definition().inForceOn(asOf)).toList()));
    List<Classification> classifications = new ArrayList<>();
    List<Map<String, Object>> itemVariables = new ArrayList<>();
    for (ItemSpec item : query.items()) {
      Classification classification = snapshot.classifier().classify(item, asOf);
      classifications.add(classification);
      itemVariables.add(itemVariables(item, classification, query.exportFrom(item)));
    }
    List<Map<String, Object>> destinationVariables = new ArrayList<>();
    for (String destination : query.destinations()) {
      destinationVariables.add(destinationVariables(snapshot.countries(), destination, asOf));
    }
    Map<String, Object> context = contextVariables(snapshot, query);
    return new Prepared(
        query, inForce, classifications, itemVariables, destinationVariables, context);
  }

  /** A query made ready: evaluate any pair by index. */
  public final class Prepared {
    private final EvaluationQuery query;
    private final Map<String, List<CompiledRule>> inForce;
    private final List<Classification> classifications;
    private final List<Map<String, Object>> itemVariables;
    private final List<Map<String, Object>> destinationVariables;
    private final Map<String, Object> context;

    private Prepared(
        EvaluationQuery query,
        Map<String, List<CompiledRule>> inForce,
        List<Classification> classifications,
        List<Map<String, Object>> itemVariables,
        List<Map<String, Object>> destinationVariables,
        Map<String, Object> context) {
      this.query = query;
      this.inForce = inForce;
      this.classifications = classifications;
      this.itemVariables = itemVariables;
      this.destinationVariables = destinationVariables;
      this.context = context;
    }

    /** How many rule conditions one pair evaluates. */
    public int rulesPerPair() {
      return inForce.values().stream().mapToInt(List::size).sum();
    }

    public PairVerdict evaluate(int itemIndex, int destinationIndex) {
      CelVariableResolver variables =
          variables(
              itemVariables.get(itemIndex), destinationVariables.get(destinationIndex), context);
      List<RegimeVerdict> regimes = new ArrayList<>(inForce.size());
      Verdict overall = Verdict.NOT_APPLICABLE;
      for (Map.Entry<String, List<CompiledRule>> regime : inForce.entrySet()) {
        RegimeVerdict verdict = resolver.resolve(regime.getKey(), regime.getValue(), variables);
        regimes.add(verdict);
        overall = Verdict.strictest(overall, verdict.verdict());
      }
      ItemSpec item = query.items().get(itemIndex);
      return new PairVerdict(
          item.id(),
          query.destinations().get(destinationIndex),
          query.exportFrom(item),
          overall,
          classifications.get(itemIndex),
          regimes);
    }
  }

  private static CelVariableResolver variables(
      Map<String, Object> item, Map<String, Object> destination, Map<String, Object> context) {
    return name -> {
      Map<String, Object> scope =
          // item.* and shipment.from (each item ships from its own origin) | destination.* | rest
          switch (name.charAt(0)) {
            case 'i', 's' -> item;
            case 'd' -> destination;
            default -> context;
          };
      return Optional.ofNullable(scope.get(name));
    };
  }

  static Map<String, Object> itemVariables(
      ItemSpec item, Classification classification, String exportFrom) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("item.id", text(item.id()));
    vars.put("item.name", text(item.name()));
    vars.put("item.type", item.type().name());
    vars.put("item.soldInUs", Boolean.TRUE.equals(item.soldInUs()));
    vars.put("item.soldInUsKnown", item.soldInUs() != null);
    vars.put("shipment.from", text(exportFrom));
    vars.put("item.vendor", text(item.vendor()));
    vars.put("item.designerCountry", text(item.designerCountry()));
    vars.put("item.foundry", text(item.foundry()));
    vars.put("item.foundryKnown", item.foundry() != null && !item.foundry().isBlank());
    MarketSegment segment = item.marketSegment();
    vars.put("item.marketSegment", segment == null ? "" : segment.name());
    vars.put("item.datacenter", segment == MarketSegment.DATACENTER);
    vars.put("item.nonDatacenter", segment != null && segment != MarketSegment.DATACENTER);
    vars.put("item.class", classification.itemClass());
    vars.put("item.clauses", classification.clauses());
    number(vars, "item.tpp", "item.tppKnown", classification.tpp());
    number(
        vars,
        "item.performanceDensity",
        "item.performanceDensityKnown",
        classification.performanceDensity());
    number(vars, "item.dieAreaMm2", "item.dieAreaKnown", item.dieAreaMm2());
    number(
        vars, "item.memoryBandwidthGBps", "item.memoryBandwidthKnown", item.memoryBandwidthGBps());
    number(vars, "item.interconnectGBps", "item.interconnectKnown", item.interconnectGBps());
    Map<String, Double> tops = new HashMap<>();
    item.tops().forEach((precision, value) -> tops.put(precision.name(), value));
    vars.put("item.tops", tops);
    return vars;
  }

  static Map<String, Object> destinationVariables(
      CountryDirectory countries, String destination, LocalDate asOf) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("destination.country", destination);
    vars.put("destination.treatedAs", countries.treatedAs(destination, asOf));
    vars.put("destination.groups", countries.groupsOf(destination, asOf));
    return vars;
  }

  static Map<String, Object> contextVariables(PolicySnapshot snapshot, EvaluationQuery query) {
    LocalDate asOf = query.asOf();
    EndUser endUser = query.endUser();
    Map<String, Object> vars = new HashMap<>();
    vars.put("endUser.given", endUser != null);
    String name = endUser == null ? "" : text(endUser.name());
    String headquarters = endUser == null ? "" : text(endUser.headquarters());
    vars.put("endUser.name", name);
    vars.put("endUser.headquarters", headquarters);
    vars.put(
        "endUser.headquartersGroups",
        headquarters.isEmpty() ? List.of() : snapshot.countries().groupsOf(headquarters, asOf));
    List<EntityEntry> matches = snapshot.entities().matches(name, asOf);
    vars.put("endUser.entityListed", !matches.isEmpty());
    vars.put("endUser.entityMatches", matches.stream().map(EntityEntry::id).toList());
    vars.put(
        "endUser.entityReviewPolicies",
        matches.stream()
            .map(EntityEntry::reviewPolicy)
            .filter(java.util.Objects::nonNull)
            .map(Enum::name)
            .distinct()
            .toList());
    vars.put(
        "endUser.entityFootnotes",
        matches.stream().flatMap(entry -> entry.footnotes().stream()).distinct().toList());
    Boolean stateFunded = endUser == null ? null : endUser.stateFunded();
    vars.put("endUser.stateFunded", Boolean.TRUE.equals(stateFunded));
    vars.put("endUser.stateFundedKnown", stateFunded != null);
    vars.put(
        "asOf",
        Timestamp.newBuilder()
            .setSeconds(asOf.atStartOfDay(ZoneOffset.UTC).toEpochSecond())
            .build());
    return vars;
  }

  private static void number(Map<String, Object> vars, String name, String known, Double value) {
    vars.put(name, value == null ? Double.valueOf(0.0) : value);
    vars.put(known, value != null);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
