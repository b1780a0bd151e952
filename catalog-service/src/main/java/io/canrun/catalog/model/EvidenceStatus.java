package io.canrun.catalog.model;

/**
 * How strong a compatibility claim is: full stack verified, inference only, announced, or reported
 * to fail.
 */
public enum EvidenceStatus {
  VERIFIED,
  INFERENCE_ONLY,
  ANNOUNCED,
  REPORTED_FAILED
}
