package io.canrun.web.openapi;

import io.canrun.web.problem.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the problem responses every operation can give, once for all services, instead of
 * repeating the same annotations on every resource. Writes also document 401/403/412/428.
 */
public class ProblemResponsesFilter implements OASFilter {

  private static final String SCHEMA = "Problem";

  private static final Map<String, String> EVERY_OPERATION = new LinkedHashMap<>();
  private static final Map<String, String> WRITES = new LinkedHashMap<>();

  static {
    EVERY_OPERATION.put("400", "Invalid input; the problem names the field or parameter");
    EVERY_OPERATION.put("404", "Unknown resource; the detail names the nearest known ones");
    EVERY_OPERATION.put("500", "Unexpected failure; the detail quotes an incident id");
    WRITES.put("401", "No valid bearer token");
    WRITES.put("403", "The token lacks the role this write needs");
    WRITES.put("409", "Conflicts with existing data (duplicate, still referenced)");
    WRITES.put("412", "If-Match names an outdated version");
    WRITES.put("413", "Body too large");
    WRITES.put("428", "If-Match missing");
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema(SCHEMA, problemSchema());
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      item.getOperations()
          .forEach(
              (method, operation) -> {
                document(operation, EVERY_OPERATION);
                if (method != PathItem.HttpMethod.GET) {
                  document(operation, WRITES);
                }
              });
    }
  }

  private static void document(Operation operation, Map<String, String> responses) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    responses.forEach(
        (status, description) -> {
          if (operation.getResponses().getAPIResponse(status) == null) {
            operation
                .getResponses()
                .addAPIResponse(
                    status,
                    OASFactory.createAPIResponse()
                        .description(description)
                        .content(
                            OASFactory.createContent()
                                .addMediaType(
                                    Problem.MEDIA_TYPE,
                                    OASFactory.createMediaType()
                                        .schema(
                                            OASFactory.createSchema()
                                                .ref("#/components/schemas/" + SCHEMA)))));
          }
        });
  }

  private static Schema problemSchema() {
    Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details")
        .addProperty("type", text)
        .addProperty("title", text)
        .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
        .addProperty("detail", text)
        .addProperty("instance", text)
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .items(
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.OBJECT)
                        .addProperty("field", text)
                        .addProperty("message", text)));
  }
}
