package io.canrun.catalog.service;

import io.canrun.catalog.model.AiModel;
import io.canrun.catalog.model.Chip;
import io.canrun.catalog.model.CompatibilityEvidence;
import io.canrun.catalog.model.EvidenceStatus;
import io.canrun.catalog.model.SourceRef;
import io.canrun.catalog.model.Workload;
import io.canrun.web.paging.PageResult;
import io.canrun.web.precondition.EntityVersions;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Published compatibility claims, identified by number. */
@ApplicationScoped
public class EvidenceCatalog {

  private final ChipCatalog chips;
  private final SystemCatalog systems;
  private final ModelCatalog models;
  private final CatalogRevision revision;

  public EvidenceCatalog(
      ChipCatalog chips, SystemCatalog systems, ModelCatalog models, CatalogRevision revision) {
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

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<CompatibilityEvidence> list(
      Listing listing, EvidenceStatus status, int page, int size) {
    listing.where("e.status = :status", "status", status);
    PanacheQuery<CompatibilityEvidence> query =
        CompatibilityEvidence.find(
            "from CompatibilityEvidence e" + listing.whereClause() + " order by e.id",
            listing.parameters());
    return new PageResult<>(query.page(Page.of(page, size)).list(), page, size, query.count());
  }

  /** The chip named in a filter: 404 with near matches when unknown. */
  public Chip chip(String slug) {
    return chips.get(slug);
  }

  /** The model named in a filter: 404 with near matches when unknown. */
  public AiModel model(String slug) {
    return models.get(slug);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public CompatibilityEvidence get(long id) {
    CompatibilityEvidence evidence = CompatibilityEvidence.findById(id);
    if (evidence == null) {
      throw new ProblemException(ProblemType.NOT_FOUND, "No compatibility claim " + id + ".");
    }
    return evidence;
  }

  @Transactional
  public CompatibilityEvidence create(Claim claim) {
    CompatibilityEvidence evidence = new CompatibilityEvidence();
    fill(evidence, claim);
    evidence.persist();
    revision.bump();
    CompatibilityEvidence.flush();
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
    CompatibilityEvidence.flush();
    return evidence;
  }

  @Transactional
  public void delete(long id, String ifMatch) {
    long expected = EntityVersions.requiredVersion(ifMatch);
    CompatibilityEvidence evidence = get(id);
    if (evidence.version != expected) {
      throw EntityVersions.stale(expected, evidence.version);
    }
    evidence.delete();
    revision.bump();
    CompatibilityEvidence.flush();
  }

  /** Replaces the seeded claims with {@code claims}; claims added through the API stay. */
  @Transactional
  public int replaceSeeded(List<Claim> claims) {
    CompatibilityEvidence.delete("seeded", true);
    for (Claim claim : claims) {
      CompatibilityEvidence evidence = new CompatibilityEvidence();
      fill(evidence, claim);
      evidence.seeded = true;
      evidence.persist();
    }
    revision.bump();
    CompatibilityEvidence.flush();
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
