package io.canrun.policy.model;

import io.canrun.policy.engine.Confidence;
import io.canrun.policy.engine.ReviewPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An Entity List entry, as one revision in system time. */
@Entity
@Table(name = "entity_entry")
public class EntityRevision extends Revision {

  @Column(name = "entity_id", nullable = false)
  public String entityId;

  @Column(nullable = false)
  public String name;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public List<String> aliases;

  @Column(nullable = false)
  public String country;

  @Column(name = "effective_from")
  public LocalDate effectiveFrom;

  @Column(name = "effective_to")
  public LocalDate effectiveTo;

  @Column(nullable = false)
  public String citation;

  @Column(name = "source_url")
  public String sourceUrl;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public List<String> footnotes;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_policy")
  public ReviewPolicy reviewPolicy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Confidence confidence;

  public String notes;
}
