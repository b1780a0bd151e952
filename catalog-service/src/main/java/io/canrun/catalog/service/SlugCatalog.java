package io.canrun.catalog.service;

import io.canrun.catalog.model.CatalogEntity;
import io.canrun.persistence.SortOrder;
import io.canrun.web.paging.PageRequest;
import io.canrun.web.paging.PageResult;
import io.canrun.web.precondition.EntityVersions;
import io.canrun.web.problem.Problem;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import io.canrun.web.text.NearMatches;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Create, read, replace, delete and bulk upsert for catalog entries identified by slug. Every write
 * checks the caller's version, bumps the catalog revision and flushes before returning, so a lost
 * race surfaces here as 412 and a duplicate as 409, never as a half-written row.
 */
public abstract class SlugCatalog<E extends CatalogEntity, F> {

  private final CatalogRepository<E, F> repository;
  private final EvidenceRepository evidence;
  private final CatalogRevision revision;
  private final String kind;
  private final String entityName;
  private final Supplier<E> factory;

  /** For the CDI client proxy only; the container never calls methods on it directly. */
  protected SlugCatalog() {
    this(null, null, null, null, null, null);
  }

  /**
   * @param kind what an entry is called in messages, and the attribute by which compatibility
   *     claims name one
   */
  protected SlugCatalog(
      CatalogRepository<E, F> repository,
      EvidenceRepository evidence,
      CatalogRevision revision,
      String kind,
      String entityName,
      Supplier<E> factory) {
    this.repository = repository;
    this.evidence = evidence;
    this.revision = revision;
    this.kind = kind;
    this.entityName = entityName;
    this.factory = factory;
  }

  /** Other entries that use this one besides compatibility claims, e.g. "2 system(s)". */
  protected List<String> otherUsers(E entity) {
    return List.of();
  }

  /** Refuses a delete that would orphan other entries (409). */
  private void checkNotReferenced(E entity) {
    List<String> users = new ArrayList<>(otherUsers(entity));
    long claims = evidence.count(kind, entity);
    if (claims > 0) {
      users.add(claims + " compatibility claim(s)");
    }
    if (!users.isEmpty()) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          Character.toUpperCase(kind.charAt(0))
              + kind.substring(1)
              + " '"
              + entity.slug
              + "' is still used by "
              + String.join(" and ", users)
              + "; delete those first.");
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<E> list(F filter, SortOrder sort, PageRequest page) {
    return repository.list(filter, sort, page);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public E get(String slug) {
    return repository.find("slug", slug).firstResultOptional().orElseThrow(() -> notFound(slug));
  }

  @Transactional
  public E create(String slug, Consumer<E> fill) {
    if (repository.count("slug", slug) > 0) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "A " + kind + " '" + slug + "' already exists; replace it with PUT and If-Match.");
    }
    E entity = factory.get();
    fill.accept(entity);
    repository.persist(entity);
    revision.bump();
    repository.flush();
    return entity;
  }

  @Transactional
  public E replace(String slug, String ifMatch, Consumer<E> fill) {
    long expected = EntityVersions.requiredVersion(ifMatch);
    E entity = get(slug);
    if (entity.version != expected) {
      throw EntityVersions.stale(expected, entity.version);
    }
    fill.accept(entity);
    revision.bump();
    repository.flush();
    return entity;
  }

  @Transactional
  public void delete(String slug, String ifMatch) {
    long expected = EntityVersions.requiredVersion(ifMatch);
    E entity = get(slug);
    if (entity.version != expected) {
      throw EntityVersions.stale(expected, entity.version);
    }
    checkNotReferenced(entity);
    repository.delete(entity);
    revision.bump();
    repository.flush();
  }

  /** Upserts every entry in one transaction: all are written or none. */
  @Transactional
  public ImportResult importAll(List<Entry<E>> entries) {
    int created = 0;
    int updated = 0;
    for (Entry<E> entry : entries) {
      E entity = repository.find("slug", entry.slug()).firstResult();
      if (entity == null) {
        entity = factory.get();
        entry.fill().accept(entity);
        repository.persist(entity);
        created++;
      } else {
        entry.fill().accept(entity);
        updated++;
      }
    }
    revision.bump();
    repository.flush();
    return new ImportResult(created, updated);
  }

  /** Every slug, for "did you mean" suggestions. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> slugs() {
    return repository
        .getEntityManager()
        .createQuery("select e.slug from " + entityName + " e", String.class)
        .getResultList();
  }

  /**
   * The entry a request body names in {@code field}; an unknown slug is the body's fault (400), not
   * a missing resource.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public E reference(String slug, String field) {
    return repository
        .find("slug", slug)
        .firstResultOptional()
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "'"
                        + field
                        + "' names no "
                        + kind
                        + " '"
                        + slug
                        + "'."
                        + NearMatches.didYouMean(slug, slugs()),
                    List.of(new Problem.FieldError(field, "unknown " + kind))));
  }

  protected ProblemException notFound(String slug) {
    return new ProblemException(
        ProblemType.NOT_FOUND,
        "No " + kind + " '" + slug + "' in the catalog." + NearMatches.didYouMean(slug, slugs()));
  }

  /** One element of a bulk upsert. */
  public record Entry<E>(String slug, Consumer<E> fill) {}
}
