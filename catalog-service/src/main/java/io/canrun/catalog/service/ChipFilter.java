package io.canrun.catalog.service;

import io.canrun.catalog.model.MarketSegment;
import io.canrun.web.query.QueryValues;
import io.canrun.web.validation.CountryCode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Which chips a listing shows; every filter is optional and they combine. */
@RegisterForReflection
public record ChipFilter(
    @RestQuery @Parameter(description = "Vendor, in any case", example = "AMD") String vendor,
    @RestQuery @CountryCode @Parameter(description = "ISO 3166-1 alpha-2", example = "CN")
        String designerCountry,
    @RestQuery MarketSegment marketSegment,
    @RestQuery @Parameter(description = "Text in slug, name or vendor", example = "h100") String q,
    @RestQuery @DecimalMin("0") @DecimalMax("1e6") Double minMemoryGB,
    @RestQuery @DecimalMin("0") @DecimalMax("1e6") Double maxMemoryGB,
    @RestQuery @DecimalMin("0") @DecimalMax("1e7") Double minBandwidthGBps) {

  public ChipFilter {
    designerCountry = QueryValues.upperCase(designerCountry);
  }
}
