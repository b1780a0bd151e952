package io.canrun.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Where a figure or a rule in an answer comes from; {@code about} says which part it supports. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String about, String citation, String url, String date) {}
