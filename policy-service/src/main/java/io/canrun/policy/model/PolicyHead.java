package io.canrun.policy.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The single row naming the current policy version; writers lock it to serialize. */
@Entity
@Table(name = "policy_head")
public class PolicyHead extends PanacheEntityBase {

  public static final short ID = 1;

  @Id public short id;

  @Column(name = "current_version", nullable = false)
  public long currentVersion;

  @Version
  @Column(name = "row_version", nullable = false)
  public long rowVersion;
}
