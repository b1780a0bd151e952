package io.canrun.gateway.composition;

import io.canrun.gateway.api.AnswerKind;
import io.canrun.gateway.api.PolicyView;
import io.canrun.gateway.api.TechnicalView;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the one sentence a person reads first. It is built only from the structured fields of the
 * same answer, so it cannot disagree with them.
 */
public final class Summaries {

  private Summaries() {}

  public static String of(
      AnswerKind kind,
      String modelName,
      String hardwareName,
      String destination,
      TechnicalView technical,
      PolicyView policy) {
    String fit = fit(modelName, hardwareName, technical);
    String country = countryName(destination);
    return switch (kind) {
      // A yes is only as wide as the rule sets checked; say so where it is read.
      case YES ->
          "Yes — "
              + fit
              + "; "
              + regimes(policy, country)
              + " (see rules; rules outside policy.ruleSets are not checked).";
      case NO ->
          Boolean.FALSE.equals(technical.fits())
              ? "No — " + fit + "."
              : "No — " + blocking(policy, hardwareName, country) + " (see rules).";
      case CONDITIONAL ->
          "Conditional — " + fit + ", but " + regimes(policy, country) + conditions(policy) + ".";
      case UNKNOWN ->
          "Unknown — "
              + unknownReason(fit, technical, policy)
              + "; canrun never answers"
              + " yes without a verdict from every regime and a known fit.";
    };
  }

  private static String fit(String modelName, String hardwareName, TechnicalView t) {
    if (Boolean.TRUE.equals(t.fits())) {
      return String.format(
          Locale.ROOT,
          "%d × %s at %s hold%s %s with %s context",
          t.chipsUsed(),
          hardwareName,
          t.precision(),
          t.chipsUsed() == 1 ? "s" : "",
          modelName,
          tokens(t.contextTokens()));
    }
    String why = t.notes().isEmpty() ? "" : " (" + firstSentence(t.notes().get(0)) + ")";
    if (Boolean.FALSE.equals(t.fits())) {
      if (t.chipsRequired() != null && t.chipsUsed() != null) {
        return String.format(
            Locale.ROOT,
            "%s needs %d × %s at %s for %s context; %d %s not enough",
            modelName,
            t.chipsRequired(),
            hardwareName,
            t.precision(),
            tokens(t.contextTokens()),
            t.chipsUsed(),
            t.chipsUsed() == 1 ? "is" : "are");
      }
      return modelName + " cannot run on " + hardwareName + " as asked" + why;
    }
    return "whether " + modelName + " fits " + hardwareName + " is unknown" + why;
  }

  private static String regimes(PolicyView policy, String country) {
    return policy.regimes().stream()
        .map(r -> regimeName(r.regime()) + ": " + verdictPhrase(r, country))
        .collect(Collectors.joining("; "));
  }

  private static String blocking(PolicyView policy, String hardwareName, String country) {
    return policy.regimes().stream()
        .filter(AnswerDecision::blocks)
        .map(
            r ->
                regimeName(r.regime())
                    + " "
                    + ("PROHIBITED".equals(r.verdict())
                        ? "prohibits " + hardwareName + " for " + country
                        : "requires a licence for "
                            + hardwareName
                            + " to "
                            + country
                            + " that is reviewed under a "
                            + policyPhrase(r.reviewPolicy())))
        .collect(Collectors.joining("; "));
  }

  private static String conditions(PolicyView policy) {
    List<String> conditions =
        policy.regimes().stream().flatMap(r -> r.conditions().stream()).toList();
    if (conditions.isEmpty()) {
      return "";
    }
    return " ("
        + conditions.size()
        + " licence condition"
        + (conditions.size() == 1 ? "" : "s")
        + " listed under policy)";
  }

  private static String unknownReason(String fit, TechnicalView technical, PolicyView policy) {
    if (!policy.available()) {
      return "the export-control verdict could not be obtained: " + policy.reason();
    }
    if (policy.regimes().stream().anyMatch(r -> "UNKNOWN".equals(r.verdict()))) {
      return "the rules do not settle it: "
          + policy.regimes().stream()
              .filter(r -> "UNKNOWN".equals(r.verdict()))
              .map(r -> regimeName(r.regime()) + " is unknown" + decidingRule(r))
              .collect(Collectors.joining(", "));
    }
    if (technical.fits() == null) {
      return fit;
    }
    return "the policy service returned no regime verdict";
  }

  static String verdictPhrase(PolicyView.Regime regime, String country) {
    return switch (regime.verdict()) {
      case "NO_LICENSE_REQUIRED" -> "no licence needed for " + country;
      case "NOT_APPLICABLE" ->
          "does not apply"
              + (regime.assumptions().isEmpty()
                  ? ""
                  : " (" + firstSentence(regime.assumptions().get(0)) + ")");
      case "LICENSE_REQUIRED" ->
          "licence required"
              + (regime.reviewPolicy() == null
                  ? ""
                  : ", reviewed under a " + policyPhrase(regime.reviewPolicy()));
      case "NOTIFICATION_REQUIRED" -> "allowed after prior notification (licence exception)";
      // Guidance, not a licence requirement; which guidance is what a reader needs (a US warning
      // about PRC chips reads differently from a Chinese procurement preference).
      case "DISCOURAGED" -> "discouraged" + decidingRule(regime);
      case "PROHIBITED" -> "prohibited";
      default -> "unknown";
    };
  }

  private static String policyPhrase(String reviewPolicy) {
    if (reviewPolicy == null) {
      return "policy not stated";
    }
    return reviewPolicy
        .toLowerCase(Locale.ROOT)
        .replace('_', ' ')
        .replace("case by case", "case-by-case");
  }

  private static String regimeName(String regime) {
    return switch (regime) {
      case "US-EAR" -> "US EAR";
      case "CN" -> "China's import measures";
      default -> regime;
    };
  }

  static String countryName(String code) {
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() || name.equals(code) ? code : name;
  }

  /** 32768 → "32k", 131072 → "128k", 1000 → "1,000-token". */
  static String tokens(int tokens) {
    if (tokens % 1024 == 0) {
      return tokens / 1024 + "k";
    }
    return String.format(Locale.ROOT, "%,d-token", tokens);
  }

  /** The title of the rule that decided a regime, so an UNKNOWN says what is missing. */
  private static String decidingRule(PolicyView.Regime regime) {
    return regime.rules().stream()
        .filter(rule -> Boolean.TRUE.equals(rule.decisive()) && rule.title() != null)
        .findFirst()
        .map(rule -> " (" + rule.title() + ")")
        .orElse("");
  }

  private static String firstSentence(String text) {
    int end = text.indexOf(". ");
    String sentence = end < 0 ? text : text.substring(0, end);
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
  }
}
