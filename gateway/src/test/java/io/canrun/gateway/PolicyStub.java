package io.canrun.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.util.Locale;

/** Canned policy-service answers: a version, and one verdict per chip and destination. */
public final class PolicyStub {

  private PolicyStub() {}

  /** Resets the stub and serves {@code version} as the current policy version. */
  public static void reset(long version) {
    Upstreams.policy().resetAll();
    Upstreams.policy()
        .stubFor(
            get(urlPathEqualTo("/api/v1/versions/current"))
                .willReturn(okJson("{\"version\":" + version + ",\"changedBy\":\"seed\"}")));
  }

  /** For {@code chip} to {@code destination}: US-EAR says {@code ear}, CN says {@code cn}. */
  public static void verdict(String chip, String destination, long version, Regime ear, Regime cn) {
    MappingBuilder request =
        post(urlPathEqualTo("/api/v1/evaluations"))
            .withRequestBody(matchingJsonPath("$.items[0].id", equalTo(chip)))
            .withRequestBody(matchingJsonPath("$.destinations[0]", equalTo(destination)));
    String body =
        String.format(
            Locale.ROOT,
            "{\"policyVersion\":%d,\"asOf\":\"2026-11-22\",\"results\":[{\"item\":\"%s\","
                + "\"destination\":\"%s\",\"verdict\":\"%s\",\"classification\":{\"class\":"
                + "\"3A090.a\",\"tpp\":15831.2,\"performanceDensity\":19.45},\"regimes\":[%s,%s]}]}",
            version,
            chip,
            destination,
            ear.verdict,
            ear.json("US-EAR"),
            cn.json("CN"));
    Upstreams.policy().stubFor(request.willReturn(okJson(body)));
  }

  /** Batched (SUMMARY) evaluations get every listed pair, whatever was asked. */
  public static void batch(long version, Pair... pairs) {
    StringBuilder results = new StringBuilder();
    for (Pair pair : pairs) {
      if (results.length() > 0) {
        results.append(',');
      }
      results.append(pair.json());
    }
    Upstreams.policy()
        .stubFor(
            post(urlPathEqualTo("/api/v1/evaluations"))
                .withRequestBody(matchingJsonPath("$.detail", equalTo("SUMMARY")))
                .willReturn(
                    okJson(
                        "{\"policyVersion\":"
                            + version
                            + ",\"asOf\":\"2026-11-22\",\"results\":["
                            + results
                            + "]}")));
  }

  /** One chip and destination with its two regime verdicts. */
  public record Pair(String chip, String destination, Regime ear, Regime cn) {
    String json() {
      return String.format(
          Locale.ROOT,
          "{\"item\":\"%s\",\"destination\":\"%s\",\"verdict\":\"%s\",\"regimes\":[%s,%s]}",
          chip,
          destination,
          ear.verdict,
          ear.json("US-EAR"),
          cn.json("CN"));
    }
  }

  /** Every evaluation fails with {@code status}. */
  public static void failEvaluations(int status) {
    Upstreams.policy()
        .stubFor(
            post(urlPathEqualTo("/api/v1/evaluations"))
                .willReturn(aResponse().withStatus(status).withBody("{}")));
  }

  /** One regime's answer. */
  public record Regime(String verdict, String reviewPolicy, String ruleId, String condition) {

    public static Regime of(String verdict, String reviewPolicy, String ruleId) {
      return new Regime(verdict, reviewPolicy, ruleId, null);
    }

    String json(String regime) {
      return String.format(
          Locale.ROOT,
          "{\"regime\":\"%s\",\"verdict\":\"%s\",\"reviewPolicy\":%s,\"confidence\":\"H\","
              + "\"rules\":[{\"id\":\"%s\",\"title\":\"stub rule\",\"citation\":\"15 CFR 742.6\","
              + "\"sourceUrl\":\"https://www.ecfr.gov\",\"effect\":\"%s\",\"reason\":\"stub\","
              + "\"decisive\":true,\"confidence\":\"H\"}],\"conditions\":[%s],"
              + "\"assumptions\":[\"Assumes the stub is right.\"],\"notes\":[]}",
          regime,
          verdict,
          reviewPolicy == null ? "null" : "\"" + reviewPolicy + "\"",
          ruleId,
          verdict,
          condition == null ? "" : "\"" + condition + "\"");
    }
  }
}
