package io.canrun.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The health checks against the packaged application (JVM jar, or native with -Pnative). */
@QuarkusIntegrationTest
class HealthIT extends HealthTest {}
