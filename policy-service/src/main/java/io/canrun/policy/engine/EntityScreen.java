package io.canrun.policy.engine;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Screens an end-user name against the Entity List. A name matches an entry when the words of the
 * entry's name or of one of its aliases appear, in order and as whole words, in the end user's name
 * ("Cambricon Technologies (Beijing)" matches the alias "Cambricon"). Case, accents and punctuation
 * are ignored.
 */
public final class EntityScreen {

  private final List<Indexed> entries = new ArrayList<>();

  private record Indexed(EntityEntry entry, List<String[]> names) {}

  public EntityScreen(Collection<EntityEntry> entries) {
    for (EntityEntry entry : entries) {
      List<String[]> names = new ArrayList<>();
      names.add(words(entry.name()));
      entry.aliases().forEach(alias -> names.add(words(alias)));
      this.entries.add(
          new Indexed(entry, names.stream().filter(words -> words.length > 0).toList()));
    }
  }

  public List<EntityEntry> matches(String endUserName, LocalDate date) {
    if (endUserName == null || endUserName.isBlank()) {
      return List.of();
    }
    String[] query = words(endUserName);
    return entries.stream()
        .filter(indexed -> indexed.entry().inForceOn(date))
        .filter(indexed -> indexed.names().stream().anyMatch(name -> containsRun(query, name)))
        .map(Indexed::entry)
        .toList();
  }

  static String[] words(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .trim();
    return folded.isEmpty() ? new String[0] : folded.split(" ");
  }

  private static boolean containsRun(String[] haystack, String[] needle) {
    for (int start = 0; start + needle.length <= haystack.length; start++) {
      if (Arrays.equals(haystack, start, start + needle.length, needle, 0, needle.length)) {
        return true;
      }
    }
    return false;
  }
}
