package io.canrun.catalog.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** N chips of one kind and the fabric that joins them (a DGX node, an NVL72 rack). */
@Entity
@Table(name = "compute_system")
public class ComputeSystem extends CatalogEntity {

  @Column(nullable = false)
  public String vendor;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "chip_id")
  public Chip chip;

  @Column(name = "chip_count", nullable = false)
  public int chipCount;

  /** Chips in one scale-up (NVLink / UB) domain; null when unknown. */
  @Column(name = "scale_up_domain_chips")
  public Integer scaleUpDomainChips;

  public String interconnect;

  @Column(name = "scale_up_gbps_per_chip")
  public Double scaleUpGBpsPerChip;

  @Column(name = "memory_total_gb")
  public Double memoryTotalGB;

  public String released;
}
