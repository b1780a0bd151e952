package io.canrun.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/** The classification criteria policy-service applies on {@code asOf}. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClassificationCriteria(LocalDate asOf, String vintage, List<Criterion> criteria) {

  /** Kind PRONG puts an item in {@code resultClass}; EXEMPTION and SCOPE_NOTE only qualify. */
  @RegisterForReflection
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Criterion(
      String clause,
      String resultClass,
      String kind,
      List<Test> tests,
      String citation,
      String note) {}

  /** {@code metric comparison threshold}, e.g. tpp >= 4800. */
  @RegisterForReflection
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Test(String metric, String comparison, Double threshold, String text) {}
}
