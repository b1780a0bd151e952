package io.canrun.policy.model;

import io.canrun.policy.engine.ClassificationCriterion;
import io.canrun.policy.engine.ItemType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A classification clause of an effective-dated vintage; changed by migrations only. */
@Entity
@Table(name = "classification_criterion")
public class CriterionRecord extends PanacheEntityBase {

  @Id public Long id;

  @Column(nullable = false)
  public String vintage;

  @Column(nullable = false)
  public String clause;

  @Column(name = "result_class")
  public String resultClass;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ClassificationCriterion.Kind kind;

  /** "metric op threshold" joined by " and ". */
  @Column(nullable = false)
  public String tests;

  @Column(name = "effective_from")
  public LocalDate effectiveFrom;

  @Column(name = "effective_to")
  public LocalDate effectiveTo;

  @Column(nullable = false)
  public String citation;

  @Column(name = "source_url")
  public String sourceUrl;

  public String note;

  @Column(nullable = false)
  public int ordinal;

  /** IC (processors; systems are classified by their IC) or HBM. */
  @Enumerated(EnumType.STRING)
  @Column(name = "item_type", nullable = false)
  public ItemType itemType;
}
