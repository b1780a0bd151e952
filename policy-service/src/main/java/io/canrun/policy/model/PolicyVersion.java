package io.canrun.policy.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One system-time step: every write to the policy creates the next version. */
@Entity
@Table(name = "policy_version")
public class PolicyVersion extends PanacheEntityBase {

  @Id public long version;

  @Column(name = "changed_at", nullable = false)
  public Instant changedAt;

  @Column(name = "changed_by", nullable = false)
  public String changedBy;

  @Column(nullable = false)
  public String summary;

  /** One line on what this version's rules do not cover; carried forward by later writes. */
  @Column(name = "not_modelled")
  public String notModelled;
}
