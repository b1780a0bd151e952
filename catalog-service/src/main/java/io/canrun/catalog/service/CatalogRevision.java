package io.canrun.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * One number that every catalog write increases, in the writer's transaction. Collections are
 * served with it as their ETag, so a client can revalidate a whole listing with one request.
 */
@ApplicationScoped
public class CatalogRevision {

  private final EntityManager em;

  public CatalogRevision(EntityManager em) {
    this.em = em;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void bump() {
    em.createNativeQuery("UPDATE catalog_revision SET revision = revision + 1 WHERE id = 1")
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long current() {
    return ((Number)
            em.createNativeQuery("SELECT revision FROM catalog_revision WHERE id = 1")
                .getSingleResult())
        .longValue();
  }
}
