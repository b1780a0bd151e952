package io.canrun.policy.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Rule writes (CEL type-checked when saved, versions, audit, ETags, tokens) against the packaged
 * application.
 */
@QuarkusIntegrationTest
class RuleAdminApiIT extends RuleAdminApiTest {}
