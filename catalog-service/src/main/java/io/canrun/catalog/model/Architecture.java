package io.canrun.catalog.model;

/**
 * Whether every parameter is read per token (dense) or only the routed experts (mixture of
 * experts).
 */
public enum Architecture {
  DENSE,
  MOE
}
