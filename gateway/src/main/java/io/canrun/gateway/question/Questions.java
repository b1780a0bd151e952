package io.canrun.gateway.question;

import io.canrun.gateway.api.Terms;
import io.canrun.gateway.feasibility.EngineConstants;
import io.canrun.gateway.upstream.CatalogCopy;
import io.canrun.gateway.upstream.PolicyVersions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Resolves what a request asked into a {@link Question}: reads the catalog copy once, pins the
 * policy version once and fixes the law date once.
 */
@ApplicationScoped
public class Questions {

  private final CatalogCopy catalog;
  private final PolicyVersions versions;
  private final Clock clock;

  public Questions(CatalogCopy catalog, PolicyVersions versions, Clock clock) {
    this.catalog = catalog;
    this.versions = versions;
    this.clock = clock;
  }

  /**
   * @throws io.canrun.gateway.upstream.UpstreamUnavailableException when there is no catalog copy
   *     and catalog-service cannot be read (503); a missing policy version fails closed instead
   */
  public <S> Question<S> resolve(S subject, Terms terms, EngineConstants constants) {
    CatalogCopy.CatalogRead read = catalog.read();
    PolicyPin policy = PolicyPin.resolve(versions, terms.policyVersion());
    LocalDate asOf = terms.asOf() != null ? terms.asOf() : LocalDate.now(clock);
    Question<S> question =
        new Question<>(subject, terms, constants, read.snapshot(), read.stale(), policy, asOf);
    // Values that do not parse are refused before any estimate or verdict is worked out.
    question.engine();
    question.concurrency();
    return question;
  }
}
