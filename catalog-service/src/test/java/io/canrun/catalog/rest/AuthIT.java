package io.canrun.catalog.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Tokens against the packaged application: missing, untrusted and wrong-role tokens are refused
 * with problems.
 */
@QuarkusIntegrationTest
class AuthIT extends AuthTest {}
