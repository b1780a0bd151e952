package io.canrun.gateway.upstream;

import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.CatalogEvidence;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.client.CatalogSystem;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import io.canrun.web.text.NearMatches;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The whole catalog as read at one moment, indexed by slug. Immutable: a refresh replaces it.
 *
 * @param evidence compatibility evidence by id
 * @param etags the revision of each collection, for revalidation
 */
public record CatalogSnapshot(
    Map<String, CatalogChip> chips,
    Map<String, CatalogSystem> systems,
    Map<String, CatalogModel> models,
    Map<String, CatalogEvidence> evidence,
    Map<String, String> etags) {

  /** The model a slug names, or a 404 naming the nearest ones. */
  public CatalogModel model(String slug) {
    return find("model", slug, models);
  }

  /** The chip a slug names, or a 404 naming the nearest ones. */
  public CatalogChip chip(String slug) {
    return find("chip", slug, chips);
  }

  /** Every chip, ordered by slug. */
  public List<CatalogChip> chipsBySlug() {
    return chips.values().stream().sorted(Comparator.comparing(CatalogChip::slug)).toList();
  }

  private static <T> T find(String kind, String slug, Map<String, T> bySlug) {
    T found = bySlug.get(slug);
    if (found == null) {
      throw new ProblemException(
          ProblemType.NOT_FOUND,
          "No "
              + kind
              + " '"
              + slug
              + "' in the catalog."
              + NearMatches.didYouMean(slug, bySlug.keySet()));
    }
    return found;
  }

  /** Published evidence for this chip (or the system holding it) and model. */
  public List<CatalogEvidence> evidenceFor(String chip, String system, String model) {
    return evidence.values().stream()
        .filter(e -> model.equals(e.model()))
        .filter(e -> chip.equals(e.chip()) || (system != null && system.equals(e.system())))
        .toList();
  }
}
