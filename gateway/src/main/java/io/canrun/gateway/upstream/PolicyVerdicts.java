package io.canrun.gateway.upstream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.EvaluationRequest;
import io.canrun.gateway.client.EvaluationResponse;
import io.canrun.gateway.client.PolicyClient;
import io.canrun.gateway.client.PolicyEndUser;
import io.canrun.gateway.client.PolicyItem;
import io.canrun.gateway.config.GatewayConfig;
import io.canrun.gateway.monitoring.CacheMeters;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verdicts from policy-service, cached per (item at its catalog version, destination, end user,
 * origin, date, policy version). A verdict for a fixed policy version never changes, so the cache
 * needs no expiry; the version is always a number, pinned once per question from {@link
 * PolicyVersions}.
 */
@ApplicationScoped
public class PolicyVerdicts {

  /** The most pairs sent in one call; larger requests are split by item. */
  static final int MAX_PAIRS_PER_CALL = 10_000;

  private final PolicyClient client;
  private final Cache<VerdictKey, EvaluationResponse.Result> cache;
  private final CacheMeters meters;

  /**
   * What each policy version covers, as policy-service last said. A version's rule sets never
   * change, and every cached verdict came with a response that named them.
   */
  private final Map<Long, Coverage> coverage = new ConcurrentHashMap<>();

  public PolicyVerdicts(PolicyClient client, GatewayConfig config, MeterRegistry registry) {
    this.client = client;
    this.cache = Caffeine.newBuilder().maximumSize(config.policy().verdictCacheSize()).build();
    this.meters = new CacheMeters(registry, "policy-verdicts");
  }

  /**
   * Verdicts for every chip × destination.
   *
   * @throws UpstreamUnavailableException when policy-service gives no verdict
   */
  public Verdicts evaluate(List<CatalogChip> chips, List<String> destinations, PolicyQuery query) {
    Map<Pair, EvaluationResponse.Result> found = new HashMap<>();
    Set<CatalogChip> missingChips = new LinkedHashSet<>();
    Set<String> missingDestinations = new LinkedHashSet<>();
    for (CatalogChip chip : chips) {
      for (String destination : destinations) {
        EvaluationResponse.Result cached = cache.getIfPresent(key(chip, destination, query));
        meters.looked(cached != null);
        if (cached == null) {
          missingChips.add(chip);
          missingDestinations.add(destination);
        } else {
          found.put(new Pair(chip.slug(), destination), cached);
        }
      }
    }
    if (!missingChips.isEmpty()) {
      fetch(List.copyOf(missingChips), List.copyOf(missingDestinations), query, found);
    }
    return new Verdicts(
        query.policyVersion(), coverage.getOrDefault(query.policyVersion(), Coverage.NONE), found);
  }

  private void fetch(
      List<CatalogChip> chips,
      List<String> destinations,
      PolicyQuery query,
      Map<Pair, EvaluationResponse.Result> found) {
    Map<String, CatalogChip> bySlug = new HashMap<>();
    chips.forEach(chip -> bySlug.put(chip.slug(), chip));
    int chipsPerCall = Math.max(1, MAX_PAIRS_PER_CALL / destinations.size());
    boolean batch = chips.size() * destinations.size() > 1;
    for (int from = 0; from < chips.size(); from += chipsPerCall) {
      List<CatalogChip> slice = chips.subList(from, Math.min(chips.size(), from + chipsPerCall));
      EvaluationRequest request =
          new EvaluationRequest(
              query.asOf(),
              query.policyVersion(),
              slice.stream().map(chip -> item(chip, query.itemType())).toList(),
              destinations,
              query.endUser(),
              query.exportFrom(),
              query.detail());
      EvaluationResponse response;
      try {
        response = batch ? client.evaluateBatch(request) : client.evaluate(request);
      } catch (RuntimeException e) {
        throw UpstreamUnavailableException.of("policy-service", e);
      }
      coverage.put(
          response.policyVersion(),
          new Coverage(
              response.ruleSets() == null ? List.of() : response.ruleSets(),
              response.notModelled()));
      for (EvaluationResponse.Result result : response.results()) {
        CatalogChip chip = bySlug.get(result.item());
        if (chip != null) {
          cache.put(key(chip, result.destination(), query), result);
          found.put(new Pair(result.item(), result.destination()), result);
        }
      }
    }
  }

  /** The chip itself as the policy service sees it. */
  public static PolicyItem item(CatalogChip chip) {
    return item(chip, PolicyItem.CHIP);
  }

  /**
   * The parameters the policy service needs, taken from the catalog's description; {@code itemType}
   * says whether the chip ships alone (IC) or inside a system (SYSTEM).
   */
  public static PolicyItem item(CatalogChip chip, String itemType) {
    Map<String, Double> tops = new HashMap<>();
    if (chip.compute() != null) {
      for (CatalogChip.Compute compute : chip.compute()) {
        if (compute.denseTflops() != null && !Boolean.FALSE.equals(compute.supported())) {
          tops.put(compute.precision(), compute.denseTflops());
        }
      }
    }
    return new PolicyItem(
        chip.slug(),
        chip.name(),
        chip.vendor(),
        chip.designerCountry(),
        itemType,
        chip.foundry(),
        chip.marketSegment(),
        chip.soldInUs(),
        chip.dieAreaMm2(),
        chip.memoryBandwidthGBps(),
        chip.scaleUpGBps(),
        chip.scaleUpInterconnect(),
        tops);
  }

  private static VerdictKey key(CatalogChip chip, String destination, PolicyQuery query) {
    return new VerdictKey(
        chip.slug(),
        chip.version(),
        destination,
        query.itemType(),
        query.endUser(),
        query.exportFrom(),
        query.asOf(),
        query.detail(),
        query.policyVersion());
  }

  /**
   * Who the item goes to, from where (null: each chip's designer country, policy-service's
   * default), shipped as what (IC or SYSTEM), judged as of which date and rule-set version.
   */
  public record PolicyQuery(
      LocalDate asOf,
      long policyVersion,
      PolicyEndUser endUser,
      String exportFrom,
      String itemType,
      EvaluationRequest.Detail detail) {}

  /** The rule sets a policy version judges and, in one line, what they leave out. */
  public record Coverage(List<EvaluationResponse.RuleSet> ruleSets, String notModelled) {
    static final Coverage NONE = new Coverage(List.of(), null);
  }

  /** One chip and destination. */
  public record Pair(String chip, String destination) {}

  /** The verdicts of one evaluation and the policy version they were computed from. */
  public record Verdicts(
      long policyVersion, Coverage coverage, Map<Pair, EvaluationResponse.Result> results) {

    public EvaluationResponse.Result of(String chip, String destination) {
      return results.get(new Pair(chip, destination));
    }
  }

  private record VerdictKey(
      String chip,
      long chipVersion,
      String destination,
      String itemType,
      PolicyEndUser endUser,
      String exportFrom,
      LocalDate asOf,
      EvaluationRequest.Detail detail,
      long policyVersion) {}
}
