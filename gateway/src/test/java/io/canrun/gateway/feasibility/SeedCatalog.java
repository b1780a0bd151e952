package io.canrun.gateway.feasibility;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.composition.EngineInputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog's seed data ({@code ../catalog-service/src/main/resources/seed}), read as the gateway
 * reads catalog-service and translated by the gateway's own {@link EngineInputs}.
 */
final class SeedCatalog {

  private static final Path SEED =
      Path.of("..", "catalog-service", "src", "main", "resources", "seed");
  private static SeedCatalog loaded;

  private final Map<String, ModelArchitecture> models;
  private final Map<String, ChipSpec> chips;

  private SeedCatalog(Map<String, ModelArchitecture> models, Map<String, ChipSpec> chips) {
    this.models = models;
    this.chips = chips;
  }

  static synchronized SeedCatalog get() {
    if (loaded == null) {
      ObjectMapper json =
          new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      try {
        CatalogModel[] models =
            json.readValue(SEED.resolve("models.json").toFile(), CatalogModel[].class);
        CatalogChip[] chips =
            json.readValue(SEED.resolve("chips.json").toFile(), CatalogChip[].class);
        loaded =
            new SeedCatalog(
                index(Arrays.stream(models).map(EngineInputs::model), ModelArchitecture::slug),
                index(Arrays.stream(chips).map(EngineInputs::chip), ChipSpec::slug));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return loaded;
  }

  private static <T> Map<String, T> index(
      java.util.stream.Stream<T> items, Function<T, String> slug) {
    return items.collect(
        Collectors.toMap(slug, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  ModelArchitecture model(String slug) {
    ModelArchitecture model = models.get(slug);
    if (model == null) {
      throw new IllegalArgumentException("no seeded model " + slug);
    }
    return model;
  }

  ChipSpec chip(String slug) {
    ChipSpec chip = chips.get(slug);
    if (chip == null) {
      throw new IllegalArgumentException("no seeded chip " + slug);
    }
    return chip;
  }

  Iterable<ModelArchitecture> models() {
    return models.values();
  }

  Iterable<ChipSpec> chips() {
    return chips.values();
  }
}
