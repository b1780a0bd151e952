package io.canrun.policy.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Evaluations, classifications and reads against the packaged application. */
@QuarkusIntegrationTest
class EvaluationApiIT extends EvaluationApiTest {}
