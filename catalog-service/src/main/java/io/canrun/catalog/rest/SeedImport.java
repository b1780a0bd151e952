package io.canrun.catalog.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.canrun.catalog.model.AiModel;
import io.canrun.catalog.model.Chip;
import io.canrun.catalog.model.ComputeSystem;
import io.canrun.catalog.service.ChipCatalog;
import io.canrun.catalog.service.EvidenceCatalog;
import io.canrun.catalog.service.ModelCatalog;
import io.canrun.catalog.service.SlugCatalog;
import io.canrun.catalog.service.SystemCatalog;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Loads the researched seed data ({@code seed/*.json}, every figure with its source) at start-up,
 * through the same upserts as the bulk-import API. A file is imported once per content: its SHA-256
 * is recorded, so restarts are no-ops and a corrected seed file is applied by the next release.
 * Seed entries win over edits of the same slug; entries added through the API are kept.
 */
@ApplicationScoped
public class SeedImport {

  /** Serialises start-up imports of several replicas. */
  private static final long LOCK = 0x6361_6e72_756eL;

  private final ObjectMapper json;
  private final Validator validator;
  private final EntityManager em;
  private final ChipCatalog chips;
  private final SystemCatalog systems;
  private final ModelCatalog models;
  private final EvidenceCatalog evidence;

  public SeedImport(
      ObjectMapper json,
      Validator validator,
      EntityManager em,
      ChipCatalog chips,
      SystemCatalog systems,
      ModelCatalog models,
      EvidenceCatalog evidence) {
    this.json = json;
    this.validator = validator;
    this.em = em;
    this.chips = chips;
    this.systems = systems;
    this.models = models;
    this.evidence = evidence;
  }

  @Transactional
  void onStart(@Observes StartupEvent start) {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(" + LOCK + ")").getSingleResult();
    seed(
        "chips",
        new TypeReference<List<ChipData>>() {},
        data ->
            chips.importAll(
                data.stream()
                    .map(d -> new SlugCatalog.Entry<Chip>(d.slug(), d::applyTo))
                    .toList()));
    seed(
        "systems",
        new TypeReference<List<SystemData>>() {},
        data ->
            systems.importAll(
                data.stream()
                    .map(
                        d ->
                            new SlugCatalog.Entry<ComputeSystem>(
                                d.slug(), s -> d.applyTo(s, chips.reference(d.chip(), "chip"))))
                    .toList()));
    seed(
        "models",
        new TypeReference<List<ModelData>>() {},
        data ->
            models.importAll(
                data.stream()
                    .map(d -> new SlugCatalog.Entry<AiModel>(d.slug(), d::applyTo))
                    .toList()));
    seed(
        "compatibility",
        new TypeReference<List<EvidenceData>>() {},
        data -> evidence.replaceSeeded(data.stream().map(EvidenceData::toClaim).toList()));
  }

  private <T> void seed(String name, TypeReference<List<T>> type, SeedWriter<T> writer) {
    byte[] content = read("seed/" + name + ".json");
    String checksum = sha256(content);
    Number applied =
        (Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM seed_import WHERE name = ?1 AND checksum = ?2")
                .setParameter(1, name)
                .setParameter(2, checksum)
                .getSingleResult();
    if (applied.longValue() > 0) {
      return;
    }
    List<T> data = parse(name, content, type);
    writer.write(data);
    em.createNativeQuery(
            "INSERT INTO seed_import (name, checksum) VALUES (?1, ?2)"
                + " ON CONFLICT (name) DO UPDATE SET checksum = ?2, applied_at = now()")
        .setParameter(1, name)
        .setParameter(2, checksum)
        .executeUpdate();
    Log.infof("Imported seed %s (%d entries, sha256 %s)", name, data.size(), checksum);
  }

  private <T> List<T> parse(String name, byte[] content, TypeReference<List<T>> type) {
    List<T> data;
    try {
      data = json.readValue(content, type);
    } catch (IOException e) {
      throw new IllegalStateException("Seed file " + name + " is not valid: " + e.getMessage(), e);
    }
    for (int i = 0; i < data.size(); i++) {
      Set<ConstraintViolation<T>> violations = validator.validate(data.get(i));
      if (!violations.isEmpty()) {
        throw new IllegalStateException(
            "Seed file " + name + " entry " + i + " is invalid: " + violations);
      }
    }
    return data;
  }

  private static byte[] read(String resource) {
    try (InputStream in = SeedImport.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing seed resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @FunctionalInterface
  private interface SeedWriter<T> {
    void write(List<T> data);
  }
}
