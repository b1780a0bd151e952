package io.canrun.gateway.composition;

import io.canrun.gateway.api.PolicyView;
import io.canrun.gateway.api.Source;
import io.canrun.gateway.client.CatalogSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Collects where every figure and rule in an answer comes from, without repeats. */
public final class Sources {

  private Sources() {}

  public static List<Source> of(String about, List<CatalogSource> sources) {
    if (sources == null) {
      return List.of();
    }
    return sources.stream()
        .map(
            s ->
                new Source(
                    s.figures() == null ? about : about + " (" + s.figures() + ")",
                    s.citation() == null ? s.key() : s.citation(),
                    s.url(),
                    s.date()))
        .toList();
  }

  /** The decisive rules' citations, each once. */
  public static List<Source> ofRules(PolicyView policy) {
    List<Source> sources = new ArrayList<>();
    for (PolicyView.Regime regime : policy.regimes()) {
      for (PolicyView.Rule rule : regime.rules()) {
        if (Boolean.TRUE.equals(rule.decisive())) {
          sources.add(
              new Source(
                  regime.regime() + " rule " + rule.id(), rule.citation(), rule.sourceUrl(), null));
        }
      }
    }
    return sources;
  }

  @SafeVarargs
  public static List<Source> merge(List<Source>... parts) {
    LinkedHashSet<Source> all = new LinkedHashSet<>();
    for (List<Source> part : parts) {
      all.addAll(part);
    }
    return List.copyOf(all);
  }
}
