package io.canrun.policy.engine;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.List;

/**
 * Compiles rule conditions: parse, type-check against {@link ConditionVariables} with a required
 * {@code bool} result, then plan a program. Thread-safe; build one and share it.
 */
public final class ConditionCompiler {

  private static final int MAX_LENGTH = 4000;

  private final CelCompiler compiler;
  private final CelRuntime runtime;

  public ConditionCompiler() {
    // Lets analysts write item.tpp >= 4800 rather than 4800.0.
    CelOptions options = CelOptions.current().enableHeterogeneousNumericComparisons(true).build();
    CelCompilerBuilder builder =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(options)
            .setResultType(SimpleType.BOOL);
    ConditionVariables.ALL.forEach(variable -> builder.addVar(variable.name(), variable.type()));
    this.compiler = builder.build();
    this.runtime = CelRuntimeFactory.plannerRuntimeBuilder().setOptions(options).build();
  }

  public CelRuntime.Program compile(String condition) {
    if (condition == null || condition.isBlank()) {
      throw new InvalidConditionException(
          List.of(new ConditionIssue(1, 1, "the condition is empty; write e.g. true")));
    }
    if (condition.length() > MAX_LENGTH) {
      throw new InvalidConditionException(
          List.of(
              new ConditionIssue(1, 1, "the condition is longer than " + MAX_LENGTH + " chars")));
    }
    CelValidationResult result = compiler.compile(condition);
    if (result.hasError()) {
      throw new InvalidConditionException(result.getErrors().stream().map(this::issue).toList());
    }
    try {
      CelAbstractSyntaxTree ast = result.getAst();
      return runtime.createProgram(ast);
    } catch (CelValidationException e) {
      throw new InvalidConditionException(e.getErrors().stream().map(this::issue).toList());
    } catch (CelEvaluationException e) {
      throw new InvalidConditionException(List.of(new ConditionIssue(1, 1, e.getMessage())));
    }
  }

  private ConditionIssue issue(CelIssue issue) {
    int line = Math.max(1, issue.getSourceLocation().getLine());
    // CEL counts columns from 0; people and editors count from 1.
    int column = Math.max(0, issue.getSourceLocation().getColumn()) + 1;
    return new ConditionIssue(line, column, issue.getMessage());
  }
}
