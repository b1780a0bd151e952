package io.canrun.web.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Suggests the known names closest to one a client mistyped ("did you mean …"). */
public final class NearMatches {

  private NearMatches() {}

  /** Up to {@code limit} candidates, closest first; only candidates that are plausibly meant. */
  public static List<String> of(String wanted, Collection<String> candidates, int limit) {
    String needle = wanted == null ? "" : wanted.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .map(candidate -> new Scored(candidate, score(needle, candidate.toLowerCase(Locale.ROOT))))
        .filter(scored -> scored.score <= Math.max(3, needle.length() / 2))
        .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::name))
        .limit(limit)
        .map(Scored::name)
        .toList();
  }

  /** A "did you mean" sentence, or an empty string when nothing is close. */
  public static String didYouMean(String wanted, Collection<String> candidates) {
    List<String> near = of(wanted, candidates, 3);
    return near.isEmpty() ? "" : " Did you mean: " + String.join(", ", near) + "?";
  }

  /** Edit distance, with containment counted as close (e.g. "h100" in "h100-sxm"). */
  private static int score(String needle, String candidate) {
    if (!needle.isEmpty() && (candidate.contains(needle) || needle.contains(candidate))) {
      return 1;
    }
    return levenshtein(needle, candidate);
  }

  static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private record Scored(String name, int score) {}
}
