package io.canrun.policy.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Bad input against the packaged application: problem+json, nothing written. */
@QuarkusIntegrationTest
class BadInputIT extends BadInputTest {}
