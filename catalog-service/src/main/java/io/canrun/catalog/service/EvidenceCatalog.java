package io.canrun.catalog.service;

import io.canrun.catalog.model.CompatibilityEvidence;
import io.canrun.catalog.model.EvidenceStatus;
import io.canrun.catalog.model.SourceRef;
import io.canrun.catalog.model.Workload;
import io.canrun.web.paging.PageRequest;
import io.canrun.web.paging.PageResult;
import io.canrun.web.precondition.EntityVersions;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Published compatibility claims, identified by number. */
@ApplicationScoped
public class EvidenceCatalog {

  private final EvidenceRepository repository;
  private final ChipCatalog chips;
  private final SystemCatalog systems;
  private final ModelCatalog models;
  private final CatalogRevision revision;

  public EvidenceCatalog(
      EvidenceRepository repository,
      ChipCatalog chips,
      SystemCatalog systems,
      ModelCatalog models,
      CatalogRevision revision) {
    this.repository = repository;
    this.chips = chips;
    this.systems = systems;
    this.models = models;
    this.revision = revision;
  }

  /** A claim's content, with the catalog entries it names given as slugs. */
  public record Claim(
      String hardware,
      String chip,
      String system,
      String model,
      String modelName,
      EvidenceStatus status,
      List<Workload> workloads,
      String softwareStack,
      String claim,
      String announcedBy,
      String date,
      String notes,
      List<SourceRef> sources) {}

  /** Claims in the order they were recorded; a chip or model the filter names must exist (404). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<CompatibilityEvidence> list(EvidenceFilter filter, PageRequest page) {
    if (filter.chip() != null) {
      chips.get(filter.chip());
    }
    if (filter.model() != null) {
      models.get(filter.model());
    }
    return repository.list(filter, page);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public CompatibilityEvidence get(long id) {
    CompatibilityEvidence evidence = repository.findById(id);
    if (evidence == null) {
      throw new ProblemException(ProblemType.NOT_FOUND, "No compatibility claim " + id + ".");
    }
    return evidence;
  }

  @Transactional
  public CompatibilityEvidence create(Claim claim) {
    CompatibilityEvidence evidence = new CompatibilityEvidence();
    fill(evidence, claim);
    repository.persist(evidence);
    revision.bump();
    repository.flush();
    return evidence;
  }

  @Transactional
  public CompatibilityEvidence replace(long id, String ifMatch, Claim claim) {
    long expected = EntityVersions.requiredVersion(ifMatch);
    CompatibilityEvidence evidence = get(id);
    if (evidence.version != expected) {
      throw EntityVersions.stale(expected, evidence.version);
    }
    fill(evidence, claim);
    revision.bump();
    repository.flush();
    return evidence;
  }

  @Transactional
  public void delete(long id, String ifMatch) {
    long expected = EntityVersions.requiredVersion(ifMatch);
    CompatibilityEvidence evidence = get(id);
    if (evidence.version != expected) {
      throw EntityVersions.stale(expected, evidence.version);
    }
    repository.delete(evidence);
    revision.bump();
    repository.flush();
  }

  /** Replaces the seeded claims with {@code claims}; claims added through the API stay. */
  @Transactional
  public int replaceSeeded(List<Claim> claims) {
    repository.delete("seeded", true);
    for (Claim claim : claims) {
      CompatibilityEvidence evidence = new CompatibilityEvidence();
      fill(evidence, claim);
      evidence.seeded = true;
      repository.persist(evidence);
    }
    revision.bump();
    repository.flush();
    return claims.size();
  }

  private void fill(CompatibilityEvidence evidence, Claim claim) {
    evidence.hardware = claim.hardware();
    evidence.chip = claim.chip() == null ? null : chips.reference(claim.chip(), "chip");
    evidence.system = claim.system() == null ? null : systems.reference(claim.system(), "system");
    evidence.model = claim.model() == null ? null : models.reference(claim.model(), "model");
    evidence.modelName = claim.modelName();
    evidence.status = claim.status();
    evidence.workloads = new ArrayList<>(claim.workloads());
    evidence.softwareStack = claim.softwareStack();
    evidence.claim = claim.claim();
    evidence.announcedBy = claim.announcedBy();
    evidence.date = claim.date();
    evidence.notes = claim.notes();
    evidence.sources =
        claim.sources() == null ? new ArrayList<>() : new ArrayList<>(claim.sources());
  }
}
