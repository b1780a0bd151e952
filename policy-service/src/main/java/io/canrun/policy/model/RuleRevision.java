package io.canrun.policy.model;

import io.canrun.policy.engine.Confidence;
import io.canrun.policy.engine.ReviewPolicy;
import io.canrun.policy.engine.RuleStatus;
import io.canrun.policy.engine.Verdict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A rule, as one revision in system time. Its condition is compiled once per revision. */
@Entity
@Table(name = "rule_revision")
public class RuleRevision extends Revision {

  @Column(name = "rule_id", nullable = false)
  public String ruleId;

  @Column(nullable = false)
  public String regime;

  @Column(nullable = false)
  public String title;

  @Column(nullable = false)
  public String citation;

  @Column(name = "source_url")
  public String sourceUrl;

  @Column(name = "effective_from")
  public LocalDate effectiveFrom;

  @Column(name = "effective_to")
  public LocalDate effectiveTo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public RuleStatus status;

  @Column(nullable = false)
  public String condition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Verdict effect;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_policy")
  public ReviewPolicy reviewPolicy;

  @Column(nullable = false)
  public int precedence;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public List<String> supersedes;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public List<String> conditions;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public List<String> assumptions;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Confidence confidence;

  public String notes;
}
