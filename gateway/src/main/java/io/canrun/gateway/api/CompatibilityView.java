package io.canrun.gateway.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * What has been published about this chip running this model. {@code status} is the strongest claim
 * found, {@code NO_EVIDENCE} when there is none (which says nothing either way).
 */
@RegisterForReflection
public record CompatibilityView(String status, List<Evidence> evidence) {

  @RegisterForReflection
  public record Evidence(
      String hardware,
      String chip,
      String system,
      String model,
      String status,
      List<String> workloads,
      String softwareStack,
      String claim,
      String announcedBy,
      String date,
      List<Source> sources) {}
}
