package io.canrun.policy.engine;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;

/** A rule with its condition compiled once; evaluating it touches no database. */
public record CompiledRule(RuleDefinition definition, CelRuntime.Program program) {

  public static CompiledRule compile(RuleDefinition definition, ConditionCompiler compiler) {
    return new CompiledRule(definition, compiler.compile(definition.condition()));
  }

  /**
   * Whether the condition holds. A condition that fails at run time (e.g. a missing map key) is
   * reported, not treated as false, so it cannot silently drop a requirement.
   */
  public boolean matches(CelVariableResolver variables) throws RuleEvaluationException {
    try {
      return Boolean.TRUE.equals(program.eval(variables));
    } catch (CelEvaluationException e) {
      throw new RuleEvaluationException(definition.id(), e.getMessage());
    }
  }
}
