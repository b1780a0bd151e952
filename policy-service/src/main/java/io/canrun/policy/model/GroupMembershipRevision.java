package io.canrun.policy.model;

import io.canrun.policy.engine.Confidence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A country's membership of a group over law time, as one revision in system time. */
@Entity
@Table(name = "group_membership")
public class GroupMembershipRevision extends Revision {

  @Column(name = "membership_id", nullable = false)
  public String membershipId;

  @Column(name = "group_code", nullable = false)
  public String groupCode;

  @Column(name = "country_code", nullable = false)
  public String countryCode;

  @Column(name = "effective_from")
  public LocalDate effectiveFrom;

  @Column(name = "effective_to")
  public LocalDate effectiveTo;

  public String citation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Confidence confidence;

  public String notes;
}
