package io.canrun.policy.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Who changed what, when, from what to what, and which policy version the change created. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

  /** What kind of resource changed. */
  public enum Kind {
    RULE,
    GROUP_MEMBERSHIP,
    ENTITY,
    COUNTRY_GROUP
  }

  /** What happened to it. */
  public enum Action {
    CREATE,
    UPDATE,
    DELETE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false)
  public Instant at;

  @Column(nullable = false)
  public String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Kind kind;

  @Column(name = "target_id", nullable = false)
  public String targetId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Action action;

  /** JSON of the resource before the change; null on create. */
  @JdbcTypeCode(SqlTypes.JSON)
  public String before;

  /** JSON of the resource after the change; null on delete. */
  @JdbcTypeCode(SqlTypes.JSON)
  public String after;

  @Column(nullable = false)
  public long version;
}
