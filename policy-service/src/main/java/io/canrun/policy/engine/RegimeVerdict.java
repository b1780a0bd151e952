package io.canrun.policy.engine;

import java.util.List;

/**
 * One regime's answer: the verdict, the review policy, every matching rule with its part, the
 * licence conditions of the deciding rules, the assumptions the answer rests on, the weakest
 * confidence among the deciding rules and notes (e.g. that a deciding rule is uncertain).
 */
public record RegimeVerdict(
    String regime,
    Verdict verdict,
    ReviewPolicy reviewPolicy,
    List<RuleOutcome> rules,
    List<String> conditions,
    List<String> assumptions,
    Confidence confidence,
    List<String> notes) {}
