package io.canrun.catalog.model;

/**
 * How a model's published weights are stored; MXFP4 means MoE experts in MXFP4 and the rest in
 * BF16.
 */
public enum WeightFormat {
  FP32,
  BF16,
  FP16,
  FP8,
  INT8,
  FP4,
  MXFP4
}
