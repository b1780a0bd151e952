package io.canrun.catalog.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An accelerator and its published figures; unknown figures are null. */
@Entity
public class Chip extends CatalogEntity {

  @Column(nullable = false)
  public String vendor;

  @Column(name = "designer_country", nullable = false, length = 2)
  public String designerCountry;

  public String released;

  @Enumerated(EnumType.STRING)
  @Column(name = "market_segment", nullable = false)
  public MarketSegment marketSegment;

  /** Commercially available in the US market; false for China-only SKUs; null = unknown. */
  @Column(name = "sold_in_us")
  public Boolean soldInUs;

  @Column(name = "memory_gb")
  public Double memoryGB;

  @Column(name = "memory_usable_gib")
  public Double memoryUsableGiB;

  @Column(name = "memory_type")
  public String memoryType;

  @Column(name = "memory_bandwidth_gbps")
  public Double memoryBandwidthGBps;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<ComputePeak> compute = new ArrayList<>();

  @Column(name = "die_area_mm2")
  public Double dieAreaMm2;

  @Column(name = "tdp_watts")
  public Double tdpWatts;

  @Column(name = "scale_up_gbps")
  public Double scaleUpGBps;

  @Enumerated(EnumType.STRING)
  @Column(name = "scale_up_interconnect")
  public ScaleUpInterconnect scaleUpInterconnect;

  public String interconnect;

  @Column(name = "process_node")
  public String processNode;

  public String foundry;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "software_stack", nullable = false)
  public List<String> softwareStack = new ArrayList<>();
}
