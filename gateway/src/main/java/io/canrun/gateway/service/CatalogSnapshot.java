package io.canrun.gateway.service;

import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.CatalogEvidence;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.client.CatalogSystem;
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

  /** Published evidence for this chip (or the system holding it) and model. */
  public List<CatalogEvidence> evidenceFor(String chip, String system, String model) {
    return evidence.values().stream()
        .filter(e -> model.equals(e.model()))
        .filter(e -> chip.equals(e.chip()) || (system != null && system.equals(e.system())))
        .toList();
  }
}
