package io.canrun.catalog.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What every catalog entry has: a stable slug, a version for optimistic locking (served as the
 * ETag), free-text notes, and the sources of its figures.
 */
@MappedSuperclass
public abstract class CatalogEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, unique = true, length = 63)
  public String slug;

  @Column(nullable = false, length = 200)
  public String name;

  public String notes;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<SourceRef> sources = new ArrayList<>();

  @Version public long version;
}
