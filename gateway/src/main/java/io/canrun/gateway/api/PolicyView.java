package io.canrun.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/**
 * The legal half of an answer: the most restrictive regime verdict, each regime's verdict with the
 * rules behind it, the classification, the country the item was taken to ship from, the rule sets
 * the verdict covers and what they leave out (a verdict of no licence is not a clearance under
 * rules canrun does not model). When policy-service gave no verdict, {@code available} is false,
 * {@code verdict} is UNKNOWN and {@code reason} says why.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyView(
    String verdict,
    boolean available,
    String reason,
    List<Regime> regimes,
    Classification classification,
    String exportFrom,
    List<RuleSet> ruleSets,
    String notModelled,
    Long policyVersion,
    LocalDate asOf) {

  /** A body of rules judged separately, e.g. {@code US-EAR}, and its name. */
  @RegisterForReflection
  public record RuleSet(String regime, String name) {}

  @RegisterForReflection
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Regime(
      String regime,
      String verdict,
      String reviewPolicy,
      String confidence,
      List<Rule> rules,
      List<String> conditions,
      List<String> assumptions,
      List<String> notes) {}

  @RegisterForReflection
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Rule(
      String id,
      String title,
      String citation,
      String sourceUrl,
      String effect,
      String reviewPolicy,
      String reason,
      Boolean decisive,
      String confidence) {}

  @RegisterForReflection
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Classification(
      @JsonProperty("class") String eccnClass,
      String licensedAs,
      Double tpp,
      Double performanceDensity,
      String vintage) {}
}
