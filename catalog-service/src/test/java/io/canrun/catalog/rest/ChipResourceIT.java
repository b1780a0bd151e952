package io.canrun.catalog.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Chip lifecycle (JWT writes, ETags, filters) against the packaged application. */
@QuarkusIntegrationTest
class ChipResourceIT extends ChipResourceTest {}
