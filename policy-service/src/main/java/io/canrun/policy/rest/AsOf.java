package io.canrun.policy.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The law date a read is about. */
@RegisterForReflection
public record AsOf(
    @RestQuery @Parameter(description = "Law date, YYYY-MM-DD", example = "2026-11-22")
        LocalDate asOf) {

  /** The date asked for, or today (UTC) when none was. */
  public LocalDate orToday() {
    return asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf;
  }
}
