package io.canrun.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * policy-service's classification of one item: the class, the two figures the 3A090 thresholds test
 * (null when unknown) and the notes that show the arithmetic or say what is missing.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClassificationResult(
    @JsonProperty("class") String eccnClass,
    Double tpp,
    String tppPrecision,
    Double performanceDensity,
    String vintage,
    List<String> notes) {}
