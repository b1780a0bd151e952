package io.canrun.policy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of the seeded policy over generated inputs (fixed seed, so a failure reproduces): more
 * compute never relaxes an answer, and leaving a group never adds a requirement aimed at it.
 */
class PolicyPropertiesTest {

  private static final List<String> DESTINATIONS =
      List.of("CN", "HK", "MO", "RU", "KH", "VN", "SA", "AE", "IL", "IN", "SG", "DE", "US", "MY");
  private static final List<String> DATES =
      List.of(
          "2022-06-01",
          "2023-01-10",
          "2023-03-01",
          "2023-11-01",
          "2024-01-15",
          "2024-06-01",
          "2025-03-01",
          "2025-06-01",
          "2025-09-01",
          "2026-01-20",
          "2026-03-01",
          "2026-11-22");
  private static final List<String> FROM = List.of("US", "SG", "CN");
  private static final List<EndUser> END_USERS =
      List.of(
          new EndUser("Example Cloud", "MY", false),
          new EndUser("Example Cloud", "CN", null),
          new EndUser("Biren Technology", "CN", null));

  private final Random random = new Random(20261122);

  /** Restrictiveness of an answer: the verdict first, then the review policy. */
  private static int rank(RegimeVerdict verdict) {
    int policy = verdict.reviewPolicy() == null ? 0 : verdict.reviewPolicy().ordinal() + 1;
    return verdict.verdict().ordinal() * 10 + policy;
  }

  private ItemSpec randomItem() {
    List<GroundTruthChips.Chip> chips = GroundTruthChips.ALL;
    ItemSpec base = chips.get(random.nextInt(chips.size())).spec();
    Map<Precision, Double> tops = new EnumMap<>(Precision.class);
    tops.put(Precision.FP16, 20 + random.nextDouble() * 1500);
    MarketSegment[] segments = {
      MarketSegment.DATACENTER, MarketSegment.CONSUMER, MarketSegment.WORKSTATION, null
    };
    return new ItemSpec(
        "generated-" + random.nextInt(1000),
        "generated",
        base.vendor(),
        random.nextBoolean() ? "US" : base.designerCountry(),
        random.nextInt(4) == 0 ? null : base.foundry(),
        segments[random.nextInt(segments.length)],
        random.nextInt(4) == 0 ? null : 100 + random.nextDouble() * 900,
        random.nextInt(5) == 0 ? null : 200 + random.nextDouble() * 8000,
        random.nextInt(5) == 0 ? null : random.nextDouble() * 1500,
        tops,
        ItemType.IC,
        random.nextInt(3) == 0 ? null : random.nextBoolean(),
        null,
        null);
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  @Test
  void raisingTppNeverRelaxesAVerdict() {
    int compared = 0;
    for (int i = 0; i < 3000; i++) {
      ItemSpec item = randomItem();
      ItemSpec stronger = item.withTopsScaled(1 + random.nextDouble() * 8);
      String destination = pick(random, DESTINATIONS);
      String date = pick(random, DATES);
      String from = pick(random, FROM);
      EndUser endUser = random.nextBoolean() ? null : pick(random, END_USERS);
      PairVerdict before =
          SeededPolicy.evaluate(SeededPolicy.SNAPSHOT, item, destination, date, from, endUser);
      PairVerdict after =
          SeededPolicy.evaluate(SeededPolicy.SNAPSHOT, stronger, destination, date, from, endUser);
      for (int r = 0; r < before.regimes().size(); r++) {
        assertThat(rank(after.regimes().get(r)))
            .as(
                "%s → %s on %s from %s: TPP %s → %s relaxed %s",
                item,
                destination,
                date,
                from,
                before.classification().tpp(),
                after.classification().tpp(),
                before.regimes().get(r).regime())
            .isGreaterThanOrEqualTo(rank(before.regimes().get(r)));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(6000);
  }

  /**
   * Leaving D:1, D:4 or D:5 never makes an answer stricter for that country (as destination and as
   * the end user's headquarters): requirements aimed at the group can only stop applying. A rule
   * that excludes the group (D:1/D:4 outside D:5 → presumption of approval, ACA) may start to
   * apply, but it is never stricter than the one it replaces.
   */
  @Test
  void removingACountryFromAGroupNeverAddsARequirementThatTargetedTheGroup() {
    SeedDocument seed = SeedDocument.load();
    int compared = 0;
    for (String group : List.of("D:1", "D:4", "D:5")) {
      List<GroupMembership> memberships = seed.memberships();
      Set<String> members =
          memberships.stream()
              .filter(m -> m.group().equals(group))
              .map(GroupMembership::country)
              .collect(Collectors.toSet());
      for (String country : members) {
        List<GroupMembership> without = new ArrayList<>(memberships);
        without.removeIf(m -> m.group().equals(group) && m.country().equals(country));
        PolicySnapshot reduced =
            new PolicySnapshot(
                SeededPolicy.SNAPSHOT.version(),
                Instant.EPOCH,
                SeededPolicy.SNAPSHOT.ruleSets(),
                SeededPolicy.SNAPSHOT.notModelled(),
                SeededPolicy.SNAPSHOT.allRules(),
                new CountryDirectory(seed.countries(), without),
                new EntityScreen(seed.entities()),
                SeededPolicy.SNAPSHOT.classifier());
        for (int i = 0; i < 12; i++) {
          ItemSpec item = randomItem();
          String date = pick(random, DATES);
          EndUser endUser = new EndUser("Example", country, null);
          PairVerdict before =
              SeededPolicy.evaluate(SeededPolicy.SNAPSHOT, item, country, date, "US", endUser);
          PairVerdict after = SeededPolicy.evaluate(reduced, item, country, date, "US", endUser);
          for (int r = 0; r < before.regimes().size(); r++) {
            assertThat(rank(after.regimes().get(r)))
                .as("%s leaves %s on %s, %s: %s", country, group, date, item, after)
                .isLessThanOrEqualTo(rank(before.regimes().get(r)));
            compared++;
          }
        }
      }
    }
    // D:5: the 22 members of the eCFR issue of 2026-07-23 plus Cambodia (until 2025-11-07) and
    // Cyprus (until 2022-10-01).
    assertThat(compared).isEqualTo((24 + 21 + 24) * 12 * 2);
  }

  @Test
  void generatedInputsAreReallyVaried() {
    Set<String> classes =
        java.util.stream.IntStream.range(0, 400)
            .mapToObj(
                i ->
                    SeededPolicy.SNAPSHOT
                        .classifier()
                        .classify(randomItem(), LocalDate.parse("2024-06-01"))
                        .itemClass())
            .collect(Collectors.toSet());
    assertThat(classes)
        .contains("3A090.a", "3A090.b", Classification.NOT_CONTROLLED, Classification.UNKNOWN);
  }
}
