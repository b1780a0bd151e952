package io.canrun.catalog.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** OpenAPI and metrics against the packaged application. */
@QuarkusIntegrationTest
class OpenApiIT extends OpenApiTest {}
