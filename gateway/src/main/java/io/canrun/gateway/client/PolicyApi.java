package io.canrun.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** policy-service's query API; package-private behind {@link PolicyClient}. */
@RegisterRestClient(configKey = "policy")
@Path("/api/v1")
interface PolicyApi {

  @POST
  @Path("/evaluations")
  EvaluationResponse evaluate(EvaluationRequest request);

  @GET
  @Path("/versions/current")
  PolicyVersion currentVersion();

  @POST
  @Path("/classifications")
  ClassificationResult classify(ClassificationRequest request);

  @GET
  @Path("/classifications/criteria")
  ClassificationCriteria criteria(@QueryParam("asOf") LocalDate asOf);
}
