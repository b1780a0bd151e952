package io.canrun.policy.service;

import io.canrun.policy.model.AuditEntry;
import io.canrun.web.paging.PageResult;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Reads the audit log, newest first. */
@ApplicationScoped
public class AuditService {

  /**
   * Filters of an audit query, bound from its query parameters; {@code null} fields do not filter.
   */
  @RegisterForReflection
  public record Filter(
      @RestQuery @Parameter(example = "RULE") AuditEntry.Kind kind,
      @RestQuery @Parameter(example = "ear-3a090-2023-macau-d5") String targetId,
      @RestQuery @Parameter(description = "JWT subject", example = "analyst@example.com")
          String actor,
      @RestQuery @Parameter(example = "UPDATE") AuditEntry.Action action,
      @RestQuery @Parameter(description = "From this instant on", example = "2026-11-01T00:00:00Z")
          Instant since,
      @RestQuery @Parameter(description = "Before this instant", example = "2026-12-01T00:00:00Z")
          Instant until) {}

  @Transactional
  public PageResult<AuditEntry> list(Filter filter, int page, int size) {
    List<String> clauses = new ArrayList<>();
    Parameters parameters = new Parameters();
    add(clauses, parameters, "kind", filter.kind(), "kind = :kind");
    add(clauses, parameters, "targetId", filter.targetId(), "targetId = :targetId");
    add(clauses, parameters, "actor", filter.actor(), "actor = :actor");
    add(clauses, parameters, "action", filter.action(), "action = :action");
    add(clauses, parameters, "since", filter.since(), "at >= :since");
    add(clauses, parameters, "until", filter.until(), "at < :until");
    Sort newestFirst = Sort.descending("id");
    PanacheQuery<AuditEntry> found =
        clauses.isEmpty()
            ? AuditEntry.findAll(newestFirst)
            : AuditEntry.find(String.join(" and ", clauses), newestFirst, parameters);
    return new PageResult<>(found.page(page, size).list(), page, size, found.count());
  }

  private static void add(
      List<String> clauses, Parameters parameters, String name, Object value, String clause) {
    if (value != null) {
      clauses.add(clause);
      parameters.and(name, value);
    }
  }
}
