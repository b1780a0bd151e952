package io.canrun.policy.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An ISO 3166-1 country, and the country the EAR treats it as (Hong Kong → China). */
@Entity
@Table(name = "country")
public class CountryRecord extends PanacheEntityBase {

  @Id public String code;

  @Column(nullable = false)
  public String name;

  @Column(name = "ear_treated_as")
  public String earTreatedAs;

  @Column(name = "ear_treated_as_from")
  public LocalDate earTreatedAsFrom;

  @Column(name = "treated_as_citation")
  public String treatedAsCitation;
}
