package io.canrun.gateway.feasibility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds the layout to report among the legal candidates: the fewest chips that hold the deployment
 * (the faster layout among equals), or the best way to use an exact chip count (replicas of a
 * smaller layout included), and says why every smaller layout was rejected.
 */
final class LayoutSearch {

  private static final int MAX_REJECTIONS = 12;

  /** What the search needs to know about a layout. */
  interface Evaluator {

    MemoryPlan plan(Layout layout);

    /** Whether each replica of {@code plan} holds its share of the requests. */
    boolean fits(MemoryPlan plan, int replicas);

    /** Why it does not, for the rejection list. */
    String shortfall(MemoryPlan plan, int replicas);

    /** How good the layout is for the request (decode speed or throughput): higher is better. */
    double score(MemoryPlan plan, int replicas);
  }

  /** The layout found (null if none) and why the others were not taken. */
  record Result(MemoryPlan chosen, int replicas, boolean fits, List<String> rejected) {}

  private final List<LayoutRules.Candidate> candidates;
  private final Evaluator evaluator;

  LayoutSearch(List<LayoutRules.Candidate> candidates, Evaluator evaluator) {
    this.candidates = candidates;
    this.evaluator = evaluator;
  }

  /** The fewest chips in one replica that hold the deployment; null chosen when none does. */
  Result minimum() {
    List<Supplier<String>> rejected = new ArrayList<>();
    int i = 0;
    while (i < candidates.size()) {
      int chips = candidates.get(i).layout().chipsPerReplica();
      MemoryPlan best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      List<Supplier<String>> here = new ArrayList<>();
      for (; i < candidates.size() && candidates.get(i).layout().chipsPerReplica() == chips; i++) {
        LayoutRules.Candidate candidate = candidates.get(i);
        if (candidate.illegal() != null) {
          here.add(candidate::illegal);
          continue;
        }
        MemoryPlan plan = evaluator.plan(candidate.layout());
        if (!evaluator.fits(plan, 1)) {
          here.add(() -> label(candidate.layout()) + ": " + evaluator.shortfall(plan, 1));
          continue;
        }
        double score = evaluator.score(plan, 1);
        if (best == null || score > bestScore) {
          best = plan;
          bestScore = score;
        }
      }
      if (best != null) {
        List<Supplier<String>> reasons = new ArrayList<>();
        missingCounts(chips).forEach(line -> reasons.add(() -> line));
        reasons.addAll(rejected);
        return new Result(best, 1, true, cap(reasons));
      }
      rejected.addAll(here);
    }
    return new Result(null, 1, false, cap(rejected));
  }

  /**
   * The best legal way to use exactly {@code chips}: one replica of a layout of that size, or
   * several of a smaller one. When none fits, the legal layout closest to fitting (the widest).
   */
  Result forChips(int chips) {
    MemoryPlan best = null;
    int bestReplicas = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    MemoryPlan widest = null;
    List<Supplier<String>> rejected = new ArrayList<>();
    for (LayoutRules.Candidate candidate : candidates) {
      int perReplica = candidate.layout().chipsPerReplica();
      if (perReplica > chips || chips % perReplica != 0) {
        continue;
      }
      int replicas = chips / perReplica;
      if (candidate.illegal() != null) {
        rejected.add(candidate::illegal);
        continue;
      }
      MemoryPlan plan = evaluator.plan(candidate.layout());
      widest = plan;
      if (!evaluator.fits(plan, replicas)) {
        rejected.add(() -> label(candidate.layout()) + ": " + evaluator.shortfall(plan, replicas));
        continue;
      }
      double score = evaluator.score(plan, replicas);
      if (best == null || score > bestScore) {
        best = plan;
        bestReplicas = replicas;
        bestScore = score;
      }
    }
    if (best != null) {
      return new Result(best, bestReplicas, true, List.of());
    }
    if (widest == null) {
      return new Result(null, 0, false, cap(rejected));
    }
    return new Result(widest, chips / widest.layout().chipsPerReplica(), false, cap(rejected));
  }

  /** Chip counts below {@code chips} that no legal layout uses, as one line. */
  private List<String> missingCounts(int chips) {
    boolean[] used = new boolean[chips];
    for (LayoutRules.Candidate candidate : candidates) {
      int n = candidate.layout().chipsPerReplica();
      if (n < chips) {
        used[n] = true;
      }
    }
    StringBuilder counts = new StringBuilder();
    for (int n = 2; n < chips; n++) {
      if (!used[n]) {
        counts.append(counts.length() == 0 ? "" : ", ").append(n);
      }
    }
    if (counts.length() == 0) {
      return List.of();
    }
    return List.of(
        counts
            + " chips: no layout the engine accepts (tensor parallelism in powers of two;"
            + " beyond one node only whole nodes)");
  }

  private static String label(Layout layout) {
    int chips = layout.chipsPerReplica();
    return layout.describe() + " (" + chips + (chips == 1 ? " chip)" : " chips)");
  }

  /** The first distinct reasons, worded only now (most rejected layouts are never shown). */
  private static List<String> cap(List<Supplier<String>> reasons) {
    Set<String> distinct = new LinkedHashSet<>();
    for (Supplier<String> reason : reasons) {
      if (distinct.size() == MAX_REJECTIONS) {
        break;
      }
      distinct.add(reason.get());
    }
    return List.copyOf(distinct);
  }
}
