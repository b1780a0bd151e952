package io.canrun.catalog.model;

/** What a compatibility claim covers. */
public enum Workload {
  TRAINING,
  INFERENCE
}
