package io.canrun.gateway.client;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;

/** One item to classify under the criteria in force on {@code asOf}. */
@RegisterForReflection
public record ClassificationRequest(PolicyItem item, LocalDate asOf) {}
