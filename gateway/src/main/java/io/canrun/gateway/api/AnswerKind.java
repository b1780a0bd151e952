package io.canrun.gateway.api;

/** The one-word answer. Never {@code YES} without a verdict from every regime. */
public enum AnswerKind {
  YES,
  NO,
  CONDITIONAL,
  UNKNOWN
}
