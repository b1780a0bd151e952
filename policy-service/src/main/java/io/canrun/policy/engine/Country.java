package io.canrun.policy.engine;

import java.time.LocalDate;

/**
 * An ISO 3166-1 country. {@code treatedAs} names the country the EAR treats it as from {@code
 * treatedAsFrom} (Hong Kong as China since 2020-12-23), or is {@code null}.
 */
public record Country(String code, String name, String treatedAs, LocalDate treatedAsFrom) {

  public String treatedAsOn(LocalDate date) {
    return treatedAs != null && (treatedAsFrom == null || !date.isBefore(treatedAsFrom))
        ? treatedAs
        : code;
  }
}
