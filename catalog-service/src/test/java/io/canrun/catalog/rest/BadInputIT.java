package io.canrun.catalog.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Bad input against the packaged application: problem+json naming the problem, nothing written. */
@QuarkusIntegrationTest
class BadInputIT extends BadInputTest {}
