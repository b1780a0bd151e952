package io.canrun.web.paging;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Which page of a listing a client wants, with the same bounds in every service: {@code page} from
 * 0, {@code size} from 1 to {@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}).
 */
@RegisterForReflection
public record PageRequest(
    @RestQuery @DefaultValue("0") @Min(0) @Max(MAX_PAGE) @Parameter(description = "From 0")
        int page,
    @RestQuery @DefaultValue(DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) @Parameter(example = "50")
        int size) {

  /** The most items one page holds. */
  public static final int MAX_SIZE = 500;

  public static final String DEFAULT_SIZE = "50";

  /** Far beyond any listing here; keeps {@code page × size} a valid row offset. */
  public static final int MAX_PAGE = 1_000_000;

  /** This page of {@code items}, out of {@code total}. */
  public <T> PageResult<T> of(List<T> items, long total) {
    return new PageResult<>(items, page, size, total);
  }
}
