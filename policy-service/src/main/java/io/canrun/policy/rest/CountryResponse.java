package io.canrun.policy.rest;

import io.canrun.policy.model.CountryRecord;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/**
 * An ISO 3166-1 country; {@code groups} are the groups it counts in on {@code asOf} (through the
 * country it is treated as), present only on single-country reads.
 */
@RegisterForReflection
public record CountryResponse(
    String code,
    String name,
    String treatedAs,
    LocalDate treatedAsFrom,
    String treatedAsCitation,
    LocalDate asOf,
    List<String> groups) {

  static CountryResponse of(CountryRecord c, LocalDate asOf, List<String> groups) {
    return new CountryResponse(
        c.code, c.name, c.earTreatedAs, c.earTreatedAsFrom, c.treatedAsCitation, asOf, groups);
  }
}
