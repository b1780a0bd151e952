package io.canrun.policy.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A body of rules answered separately, e.g. US-EAR or CN. */
@Entity
@Table(name = "regime")
public class Regime extends PanacheEntityBase {

  @Id public String code;

  @Column(nullable = false)
  public String name;

  @Column(nullable = false)
  public String description;
}
