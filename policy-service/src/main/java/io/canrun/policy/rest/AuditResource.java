package io.canrun.policy.rest;

import io.canrun.policy.model.AuditEntry;
import io.canrun.policy.service.AuditService;
import io.canrun.web.paging.PageResult;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
  @APIResponse(
      responseCode = "400",
      description = "Bad filter or paging parameter",
      content = @Content(mediaType = "application/problem+json"))
  public PageResult<AuditResponse> list(
      @Parameter(example = "RULE") @QueryParam("kind") String kind,
      @Parameter(example = "ear-3a090-2023-macau-d5") @QueryParam("targetId") String targetId,
      @Parameter(description = "JWT subject", example = "analyst@example.com") @QueryParam("actor")
          String actor,
      @Parameter(example = "UPDATE") @QueryParam("action") String action,
      @Parameter(example = "2026-11-01T00:00:00Z") @QueryParam("since") String since,
      @Parameter(example = "2026-12-01T00:00:00Z") @QueryParam("until") String until,
      @Parameter(example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @Parameter(description = "1..300", example = "50")
          @QueryParam("size")
          @DefaultValue(Paging.DEFAULT_SIZE)
          @Min(1)
          @Max(Paging.MAX_SIZE)
          int size) {
    return audit
        .list(
            new AuditService.Filter(
                QueryParams.enumValue(AuditEntry.Kind.class, kind, "kind"),
                targetId,
                actor,
                QueryParams.enumValue(AuditEntry.Action.class, action, "action"),
                QueryParams.instant(since, "since"),
                QueryParams.instant(until, "until")),
            page,
            size)
        .map(AuditResponse::of);
  }
}
