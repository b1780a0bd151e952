package io.canrun.gateway.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Who receives the item: a name screened against the entity list and its parent's country. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyEndUser(String name, String headquarters) {}
