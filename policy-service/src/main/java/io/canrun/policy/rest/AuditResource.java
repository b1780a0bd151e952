package io.canrun.policy.rest;

import io.canrun.policy.service.AuditService;
import io.canrun.web.paging.PageRequest;
import io.canrun.web.paging.PageResult;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Tag(name = "Audit", description = "Every change to rules, groups and entities")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  private final AuditService audit;

  public AuditResource(AuditService audit) {
    this.audit = audit;
  }

  @GET
  @Operation(summary = "List changes, newest first", description = "Filters combine.")
  @APIResponse(responseCode = "200", description = "One page of audit entries")
  public PageResult<AuditResponse> list(
      @BeanParam AuditService.Filter filter, @Valid @BeanParam PageRequest page) {
    return audit.list(filter, page.page(), page.size()).map(AuditResponse::of);
  }
}
