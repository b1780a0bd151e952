package io.canrun.policy.model;

import io.canrun.policy.engine.Confidence;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A country group such as D:5; its members are dated {@link GroupMembershipRevision}s. */
@Entity
@Table(name = "country_group")
public class CountryGroup extends PanacheEntityBase {

  @Id public String code;

  @Column(nullable = false)
  public String name;

  @Column(nullable = false)
  public String description;

  public String citation;

  @Column(name = "source_url")
  public String sourceUrl;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Confidence confidence;

  public String notes;

  @Column(name = "created_version", nullable = false)
  public long createdVersion;
}
