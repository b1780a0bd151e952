package io.canrun.catalog.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A published claim that some hardware runs a model. {@code hardware} names it as the source does;
 * {@code chip} / {@code system} link it to the catalog when the source names a catalog entry, and
 * {@code model} likewise ({@code modelName} always says which model).
 */
@Entity
@Table(name = "compatibility_evidence")
public class CompatibilityEvidence extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "chip_id")
  public Chip chip;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "system_id")
  public ComputeSystem system;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "model_id")
  public AiModel model;

  @Column(nullable = false)
  public String hardware;

  @Column(name = "model_name", nullable = false)
  public String modelName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public EvidenceStatus status;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<Workload> workloads = new ArrayList<>();

  @Column(name = "software_stack")
  public String softwareStack;

  @Column(nullable = false)
  public String claim;

  @Column(name = "announced_by")
  public String announcedBy;

  @Column(name = "claim_date")
  public String date;

  public String notes;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<SourceRef> sources = new ArrayList<>();

  /** Came from the seed file; a changed seed replaces these rows and leaves the others alone. */
  @Column(nullable = false)
  public boolean seeded;

  @Version public long version;
}
