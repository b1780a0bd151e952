package io.canrun.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The policy service's current rule-set version. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record PolicyVersion(long version) {}
