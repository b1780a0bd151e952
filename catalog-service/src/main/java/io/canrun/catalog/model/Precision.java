package io.canrun.catalog.model;

/** A number format a chip computes in (INT8 rates are TOPS, the rest TFLOPS). */
public enum Precision {
  FP64,
  FP32,
  TF32,
  BF16,
  FP16,
  FP8,
  INT8,
  FP4
}
