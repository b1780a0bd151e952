package io.canrun.catalog.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The seed import (JSON resources read at start-up) against the packaged application. */
@QuarkusIntegrationTest
class SeedDataIT extends SeedDataTest {}
