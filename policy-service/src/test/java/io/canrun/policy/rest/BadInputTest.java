package io.canrun.policy.rest;

import static io.canrun.policy.rest.Fixtures.admin;
import static io.canrun.policy.rest.Fixtures.evaluation;
import static io.canrun.policy.rest.Fixtures.item;
import static io.canrun.policy.rest.Fixtures.rule;
import static io.canrun.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input gets a problem document naming the problem, never a 500, and writes nothing: the policy
 * version and the audit log are unchanged after each case.
 */
@QuarkusTest
class BadInputTest {

  private long version;
  private long audits;

  @BeforeEach
  void remember() {
    version = Fixtures.currentVersion();
    audits = Fixtures.auditCount();
  }

  @AfterEach
  void nothingWritten() {
    assertThat(Fixtures.currentVersion()).isEqualTo(version);
    assertThat(Fixtures.auditCount()).isEqualTo(audits);
  }

  private static Map<String, Object> ruleWith(String field, Object value) {
    Map<String, Object> body = rule("test-bad-input", "false", "PROHIBITED");
    body.put(field, value);
    return body;
  }

  private static Map<String, Object> evaluationWith(Consumer<Map<String, Object>> change) {
    Map<String, Object> body = evaluation("2026-11-22", List.of(item("h100-sxm")), List.of("CN"));
    change.accept(body);
    return body;
  }

  private static Map<String, Object> itemWith(String field, Object value) {
    Map<String, Object> item = new HashMap<>(item("h100-sxm"));
    item.put(field, value);
    return evaluation("2026-11-22", List.of(item), List.of("CN"));
  }

  private static Arguments post(String name, String path, Object body, int status, String type) {
    return Arguments.of(name, "POST", path, body, status, type);
  }

  static Stream<Arguments> cases() {
    String rules = "/api/v1/rules";
    String evaluations = "/api/v1/evaluations";
    return Stream.of(
        post("malformed JSON", evaluations, "{\"items\": [", 400, "malformed-body"),
        post(
            "unknown field",
            evaluations,
            evaluationWith(b -> b.put("colour", "red")),
            400,
            "malformed-body"),
        post(
            "wrong type",
            evaluations,
            evaluationWith(b -> b.put("items", "h100")),
            400,
            "malformed-body"),
        post(
            "bad date",
            evaluations,
            evaluationWith(b -> b.put("asOf", "22/11/2026")),
            400,
            "malformed-body"),
        post(
            "no items",
            evaluations,
            evaluationWith(b -> b.put("items", List.of())),
            400,
            "validation-failed"),
        post(
            "no destinations",
            evaluations,
            evaluationWith(b -> b.remove("destinations")),
            400,
            "validation-failed"),
        post(
            "unknown destination",
            evaluations,
            evaluationWith(b -> b.put("destinations", List.of("XX"))),
            400,
            "invalid-parameter"),
        post(
            "bad exportFrom",
            evaluations,
            evaluationWith(b -> b.put("exportFrom", "USA")),
            400,
            "validation-failed"),
        post(
            "policy version 0",
            evaluations,
            evaluationWith(b -> b.put("policyVersion", 0)),
            400,
            "validation-failed"),
        post(
            "future policy version",
            evaluations,
            evaluationWith(b -> b.put("policyVersion", 99999)),
            400,
            "invalid-parameter"),
        post(
            "duplicate item ids",
            evaluations,
            evaluationWith(b -> b.put("items", List.of(item("h20"), item("h20")))),
            400,
            "invalid-parameter"),
        post(
            "unknown precision",
            evaluations,
            itemWith("tops", Map.of("FP12", 10.0)),
            400,
            "invalid-parameter"),
        post(
            "negative throughput",
            evaluations,
            itemWith("tops", Map.of("FP8", -1.0)),
            400,
            "validation-failed"),
        post("zero die area", evaluations, itemWith("dieAreaMm2", 0), 400, "validation-failed"),
        post(
            "missing designer country",
            evaluations,
            itemWith("designerCountry", null),
            400,
            "validation-failed"),
        post(
            "unknown designer country",
            evaluations,
            itemWith("designerCountry", "ZZ"),
            400,
            "invalid-parameter"),
        post(
            "unknown market segment",
            evaluations,
            itemWith("marketSegment", "SPACE"),
            400,
            "malformed-body"),
        post("unknown item type", evaluations, itemWith("itemType", "GPU"), 400, "malformed-body"),
        post(
            "unknown scale-up interconnect",
            evaluations,
            itemWith("scaleUpInterconnect", "NVLINK"),
            400,
            "malformed-body"),
        post(
            "soldInUs not a boolean",
            evaluations,
            itemWith("soldInUs", "maybe"),
            400,
            "malformed-body"),
        post(
            "negative package area",
            evaluations,
            itemWith("packageAreaMm2", -5),
            400,
            "validation-failed"),
        post(
            "bad end user HQ",
            evaluations,
            evaluationWith(b -> b.put("endUser", Map.of("headquarters", "China"))),
            400,
            "validation-failed"),
        post(
            "classification without item",
            "/api/v1/classifications",
            Map.of("asOf", "2026-11-22"),
            400,
            "validation-failed"),
        post("rule without id", rules, ruleWith("id", null), 400, "invalid-parameter"),
        post("rule id pattern", rules, ruleWith("id", "Bad Id!"), 400, "validation-failed"),
        post("rule unknown regime", rules, ruleWith("regime", "EU"), 400, "invalid-parameter"),
        post("rule unknown effect", rules, ruleWith("effect", "MAYBE"), 400, "malformed-body"),
        post(
            "rule dates reversed",
            rules,
            ruleWith("effectiveTo", "2019-01-01"),
            400,
            "invalid-parameter"),
        post(
            "rule supersedes unknown",
            rules,
            ruleWith("supersedes", List.of("no-such-rule")),
            400,
            "invalid-parameter"),
        post(
            "rule supersedes itself",
            rules,
            ruleWith("supersedes", List.of("test-bad-input")),
            400,
            "invalid-parameter"),
        post(
            "rule precedence too high",
            rules,
            ruleWith("precedence", 5000),
            400,
            "validation-failed"),
        post(
            "rule bad source URL",
            rules,
            ruleWith("sourceUrl", "not a url"),
            400,
            "validation-failed"),
        post("rule empty condition", rules, ruleWith("condition", ""), 400, "validation-failed"),
        post("rule existing id", rules, ruleWith("id", "ear-baseline-us-origin"), 409, "conflict"),
        post(
            "member unknown country",
            "/api/v1/country-groups/D:5/members",
            Map.of("country", "QQ"),
            400,
            "invalid-parameter"),
        post(
            "member of unknown group",
            "/api/v1/country-groups/Z:9/members",
            Map.of("country", "FR"),
            404,
            "not-found"),
        post(
            "entity bad country",
            "/api/v1/entities",
            Map.of(
                "id", "x-corp", "name", "X", "country", "QQ", "citation", "c", "confidence", "H"),
            400,
            "invalid-parameter"),
        post(
            "group bad code",
            "/api/v1/country-groups",
            Map.of("code", "d 5", "name", "x", "description", "d", "confidence", "H"),
            400,
            "validation-failed"),
        post(
            "impact edit of unknown rule",
            "/api/v1/impact",
            Map.of(
                "change",
                Map.of("op", "REMOVE", "ruleId", "nope"),
                "items",
                List.of(item("h20")),
                "destinations",
                List.of("CN")),
            400,
            "invalid-parameter"),
        // A query parameter out of range is an invalid parameter, in every service.
        Arguments.of(
            "page below 0", "GET", "/api/v1/rules?page=-1", null, 400, "invalid-parameter"),
        Arguments.of("size 0", "GET", "/api/v1/rules?size=0", null, 400, "invalid-parameter"),
        Arguments.of(
            "size too large", "GET", "/api/v1/audit?size=1000", null, 400, "invalid-parameter"),
        Arguments.of(
            "unknown query parameter",
            "GET",
            "/api/v1/rules?regmie=CN",
            null,
            400,
            "invalid-parameter"),
        Arguments.of(
            "unknown audit kind", "GET", "/api/v1/audit?kind=CHIP", null, 400, "invalid-parameter"),
        Arguments.of(
            "bad audit instant",
            "GET",
            "/api/v1/audit?since=yesterday",
            null,
            400,
            "invalid-parameter"),
        Arguments.of(
            "bad rules asOf",
            "GET",
            "/api/v1/rules?asOf=2026-13-01",
            null,
            400,
            "invalid-parameter"),
        Arguments.of(
            "bad members asOf",
            "GET",
            "/api/v1/country-groups/D:5/members?asOf=x",
            null,
            400,
            "invalid-parameter"),
        Arguments.of(
            "unknown rule", "GET", "/api/v1/rules/ear-3a090-2023-macau-d6", null, 404, "not-found"),
        Arguments.of("unknown country", "GET", "/api/v1/countries/QQ", null, 404, "not-found"),
        Arguments.of(
            "delete unknown rule", "DELETE", "/api/v1/rules/no-such-rule", null, 404, "not-found"),
        Arguments.of(
            "PUT rule id mismatch",
            "PUT",
            "/api/v1/rules/ear-baseline-us-origin",
            ruleWith("id", "other-id"),
            400,
            "invalid-parameter"),
        Arguments.of(
            "URI over 4,096 characters (before the router)",
            "GET",
            "/api/v1/rules?regime=" + "x".repeat(5000),
            null,
            414,
            "uri-too-long"),
        Arguments.of(
            "PUT bad If-Match",
            "PUT",
            "/api/v1/rules/ear-baseline-us-origin?ifmatch",
            ruleWith("id", null),
            400,
            "invalid-parameter"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRefusedWithAProblemAndWritesNothing(
      String name, String method, String path, Object body, int status, String type) {
    RequestSpecification request = admin();
    if (path.endsWith("?ifmatch")) {
      request = request.header("If-Match", "not-a-version");
      path = path.substring(0, path.indexOf('?'));
    }
    if (body != null) {
      request = request.body(body);
    }
    assertProblem(request.request(method, path).then(), status, type);
  }
}
