package io.canrun.policy.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Impact of proposed rules (compiled at request time), memberships and entity lists against the
 * packaged application.
 */
@QuarkusIntegrationTest
class ImpactAndListsApiIT extends ImpactAndListsApiTest {}
