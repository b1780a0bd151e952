package io.canrun.policy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionCompilerTest {

  private final ConditionCompiler compiler = SeededPolicy.COMPILER;

  private List<ConditionIssue> issues(String condition) {
    try {
      compiler.compile(condition);
    } catch (InvalidConditionException e) {
      return e.issues();
    }
    throw new AssertionError("expected '" + condition + "' to be refused");
  }

  @Test
  void anUndeclaredFieldOfADeclaredPrefixIsRefused() {
    // The design relies on CEL resolving dotted names to the longest declared variable.
    List<ConditionIssue> found = issues("item.tpp > 1 && item.foo > 1");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).message()).contains("undeclared reference");
    assertThat(found.get(0).line()).isEqualTo(1);
    assertThat(found.get(0).column()).isEqualTo(17);
  }

  @Test
  void syntaxErrorsCarryLineAndColumn() {
    List<ConditionIssue> found = issues("item.tpp >= 4800 &&\n  (destination.country == 'CN'");
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).line()).isEqualTo(2);
    assertThat(found.get(0).column()).isGreaterThan(1);
  }

  @Test
  void wrongTypesAreRefused() {
    List<ConditionIssue> found = issues("item.tpp > 'fast'");
    assertThat(found.get(0).message()).contains("no matching overload");
    assertThat(found.get(0).column()).isEqualTo(10);
  }

  @Test
  void nonBooleanResultsAreRefused() {
    assertThat(issues("item.tpp * 2.0").get(0).message()).contains("bool");
  }

  @Test
  void emptyConditionIsRefused() {
    assertThat(issues("  ").get(0).message()).contains("empty");
  }

  @Test
  void integerThresholdsCompareWithDoubles() throws RuleEvaluationException {
    var program = compiler.compile("item.tpp >= 4800 && 'D:5' in destination.groups");
    assertThat(program).isNotNull();
  }

  @Test
  void everySeededConditionCompiles() {
    assertThat(SeededPolicy.SNAPSHOT.allRules()).hasSizeGreaterThan(30);
  }

  @Test
  void runtimeFailureOfAConditionIsReportedNotIgnored() {
    RuleDefinition bad =
        new RuleDefinition(
            "needs-fp64",
            "US-EAR",
            "t",
            "c",
            null,
            null,
            null,
            RuleStatus.ENFORCED,
            "item.tops['FP64'] > 1.0",
            Verdict.LICENSE_REQUIRED,
            null,
            100,
            null,
            null,
            null,
            Confidence.H,
            null,
            1);
    CompiledRule rule = CompiledRule.compile(bad, compiler);
    assertThatThrownBy(() -> rule.matches(name -> java.util.Optional.of(java.util.Map.of())))
        .isInstanceOf(RuleEvaluationException.class);
  }
}
