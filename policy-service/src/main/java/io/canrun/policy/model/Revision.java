package io.canrun.policy.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A row valid for policy versions [fromVersion, toVersion). Rows are never updated except to close
 * them, so every past version can be read back exactly. The public version of a resource (its ETag)
 * is the policy version that wrote its current revision.
 */
@MappedSuperclass
public abstract class Revision extends PanacheEntityBase {

  /** Selects the revisions valid at policy version {@code :version}. */
  public static final String AT_VERSION =
      "fromVersion <= :version and (toVersion is null or toVersion > :version)";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "revision_id")
  public Long revisionId;

  @Column(name = "from_version", nullable = false)
  public long fromVersion;

  @Column(name = "to_version")
  public Long toVersion;

  @Version
  @Column(name = "row_version", nullable = false)
  public long rowVersion;

  /** Ends this revision at {@code version}: it stays readable for older versions. */
  public void close(long version) {
    toVersion = version;
  }
}
