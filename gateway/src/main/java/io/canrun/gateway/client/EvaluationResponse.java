package io.canrun.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/**
 * The policy service's verdicts, one result per item × destination, with the rule sets they cover
 * and what those rule sets leave out.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvaluationResponse(
    long policyVersion,
    LocalDate asOf,
    List<RuleSet> ruleSets,
    String notModelled,
    List<Result> results) {

  /** A body of rules judged separately, e.g. US-EAR, and its name. */
  @RegisterForReflection
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RuleSet(String regime, String name) {}

  /** The verdict for one item and destination, per regime, with the classification behind it. */
  @RegisterForReflection
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Result(
      String item,
      String destination,
      String exportFrom,
      String verdict,
      Classification classification,
      List<Regime> regimes) {}

  @RegisterForReflection
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Classification(
      @JsonProperty("class") String eccnClass,
      String licensedAs,
      Double tpp,
      Double performanceDensity,
      String vintage) {}

  @RegisterForReflection
  @JsonIgnoreProperties(ignoreUnknown = true)
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
  @JsonIgnoreProperties(ignoreUnknown = true)
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
}
