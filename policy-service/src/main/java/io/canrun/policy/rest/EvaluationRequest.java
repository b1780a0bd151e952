package io.canrun.policy.rest;

import io.canrun.policy.engine.EvaluationQuery;
import io.canrun.policy.service.EvaluationService;
import io.canrun.web.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Items × destinations to evaluate, as of a law date and a policy version. */
public record EvaluationRequest(
    @Schema(example = "2026-11-22", description = "Law date; default today (UTC)") LocalDate asOf,
    @Schema(example = "1", description = "Policy version to evaluate against; default current")
        @Positive
        Long policyVersion,
    @NotNull @Size(min = 1, max = MAX_ITEMS) List<@NotNull @Valid ItemRequest> items,
    @Schema(example = "[\"CN\", \"AE\"]", description = "ISO alpha-2 destinations")
        @NotNull
        @Size(min = 1, max = MAX_DESTINATIONS)
        List<@NotBlank String> destinations,
    @Valid EndUserRequest endUser,
    @Schema(
            example = "US",
            description =
                "Country every item ships from; default: each item's designer country (a sale"
                    + " within that country is not an export)")
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        String exportFrom,
    @Schema(
            description =
                "FULL (default): every matching rule with reasons; SUMMARY: deciding rules only,"
                    + " for large batches")
        Detail detail) {

  public static final int MAX_ITEMS = 10_000;
  public static final int MAX_DESTINATIONS = 300;

  /** How much of each answer to return. */
  public enum Detail {
    FULL,
    SUMMARY
  }

  EvaluationQuery toQuery() {
    return query(asOf, items, destinations, endUser, exportFrom);
  }

  /** Checks the batch size and item ids, and builds the engine query. */
  static EvaluationQuery query(
      LocalDate asOf,
      List<ItemRequest> items,
      List<String> destinations,
      EndUserRequest endUser,
      String exportFrom) {
    long pairs = (long) items.size() * destinations.size();
    if (pairs > EvaluationService.MAX_PAIRS) {
      throw ProblemException.invalidParameter(
          "items",
          "× destinations gives "
              + pairs
              + " pairs; the maximum per call is "
              + EvaluationService.MAX_PAIRS);
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      if (!ids.add(items.get(i).id())) {
        throw ProblemException.invalidParameter(
            "items[" + i + "].id", "repeats '" + items.get(i).id() + "'; item ids must be unique");
      }
    }
    return new EvaluationQuery(
        asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf,
        java.util.stream.IntStream.range(0, items.size())
            .mapToObj(i -> items.get(i).toSpec("items[" + i + "]"))
            .toList(),
        destinations.stream().map(d -> d.trim().toUpperCase(Locale.ROOT)).toList(),
        endUser == null ? null : endUser.toEndUser(),
        exportFrom == null ? null : exportFrom.toUpperCase(Locale.ROOT));
  }
}
