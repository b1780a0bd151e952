package io.canrun.policy.service;

import io.canrun.policy.model.AuditEntry;
import io.canrun.web.paging.PageResult;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit log, newest first. */
@ApplicationScoped
public class AuditService {

  /** Filters of an audit query; {@code null} fields do not filter. */
  public record Filter(
      AuditEntry.Kind kind,
      String targetId,
      String actor,
      AuditEntry.Action action,
      Instant since,
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
