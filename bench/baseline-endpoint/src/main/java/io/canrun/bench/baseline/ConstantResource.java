package io.canrun.bench.baseline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The cheapest JSON answer Quarkus REST can give: what the gateway's throughput is held against.
 */
@Path("/constant")
public class ConstantResource {

  /** A fixed body of about the size of a short answer header. */
  public record Constant(String answer, String summary) {}

  private static final Constant CONSTANT =
      new Constant("YES", "A constant answer, serialized by Jackson on every request.");

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Constant constant() {
    return CONSTANT;
  }
}
