package io.canrun.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The env allow-lists come from the services' own application.properties. */
class ServiceConfigTest {

  private final Map<String, ServiceConfig> services = Manifests.services();

  @Test
  void mapsPropertyNamesTheMicroProfileWay() {
    assertThat(ServiceConfig.envName("quarkus.rest-client.catalog.url"))
        .isEqualTo("QUARKUS_REST_CLIENT_CATALOG_URL");
    assertThat(
            ServiceConfig.envName("io.canrun.gateway.client.PolicyClient/evaluate/Timeout/value"))
        .isEqualTo("IO_CANRUN_GATEWAY_CLIENT_POLICYCLIENT_EVALUATE_TIMEOUT_VALUE");
  }

  @Test
  void derivesEachServicesVariables() {
    ServiceConfig catalog = services.get("catalog-service");
    assertThat(catalog.httpPort()).isEqualTo(8081);
    assertThat(catalog.envNames())
        .contains(
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD")
        // from ${CANRUN_JWT_PUBLIC_KEY:...} inside a value
        .contains("CANRUN_JWT_PUBLIC_KEY", "CANRUN_JWT_ISSUER")
        // the %test. prefix is stripped
        .contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION")
        .doesNotContain("_TEST_MP_JWT_VERIFY_ISSUER");
    ServiceConfig gateway = services.get("gateway");
    assertThat(gateway.httpPort()).isEqualTo(8080);
    assertThat(gateway.envNames())
        .contains("QUARKUS_REST_CLIENT_CATALOG_URL", "QUARKUS_REST_CLIENT_POLICY_URL")
        .doesNotContain("QUARKUS_DATASOURCE_JDBC_URL");
    assertThat(services.get("policy-service").httpPort()).isEqualTo(8082);
  }

  @Test
  void theSharedSettingsCountForEveryService() {
    // Written once in support/web's microprofile-config.properties, read by all three.
    services
        .values()
        .forEach(
            service ->
                assertThat(service.envNames())
                    .as(service.name())
                    .contains(
                        "CANRUN_JWT_PUBLIC_KEY",
                        "CANRUN_HTTP_MAX_BODY_SIZE",
                        "QUARKUS_JACKSON_FAIL_ON_UNKNOWN_PROPERTIES")
                    .doesNotContain("CANRUN_HTTP_MAX_BODY_BYTES"));
  }

  @Test
  void jvmLauncherVariablesOnlyForJvmImages() {
    ServiceConfig policy = services.get("policy-service");
    assertThat(policy.reads("JAVA_OPTS_APPEND", false)).isTrue();
    assertThat(policy.reads("JAVA_OPTS_APPEND", true)).isFalse();
    assertThat(policy.reads("QUARKUS_DATASOURCE_JDBC_URL", true)).isTrue();
  }
}
