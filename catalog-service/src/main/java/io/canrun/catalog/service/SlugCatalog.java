package io.canrun.catalog.service;

import io.canrun.catalog.model.CatalogEntity;
import io.canrun.web.paging.PageResult;
import io.canrun.web.precondition.EntityVersions;
import io.canrun.web.problem.Problem;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import io.canrun.web.text.NearMatches;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Create, read, replace, delete and bulk upsert for catalog entries identified by slug. Every write
 * checks the caller's version, bumps the catalog revision and flushes before returning, so a lost
 * race surfaces here as 412 and a duplicate as 409, never as a half-written row.
 */
public abstract class SlugCatalog<E extends CatalogEntity> {

  private final PanacheRepository<E> repository;
  private final CatalogRevision revision;
  private final String kind;
  private final String entityName;
  private final Supplier<E> factory;

  /** For the CDI client proxy only; the container never calls methods on it directly. */
  protected SlugCatalog() {
    this(null, null, null, null, null);
  }

  protected SlugCatalog(
      PanacheRepository<E> repository,
      CatalogRevision revision,
      String kind,
      String entityName,
      Supplier<E> factory) {
    this.repository = repository;
    this.revision = revision;
    this.kind = kind;
    this.entityName = entityName;
    this.factory = factory;
  }

  /** Refuses a delete that would orphan other entries (409). */
  protected abstract void checkNotReferenced(E entity);

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<E> list(Listing listing, String orderBy, int page, int size) {
    PanacheQuery<E> query =
        repository.find(
            "from " + entityName + " e" + listing.whereClause() + orderBy, listing.parameters());
    List<E> items = query.page(Page.of(page, size)).list();
    return new PageResult<>(items, page, size, query.count());
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
