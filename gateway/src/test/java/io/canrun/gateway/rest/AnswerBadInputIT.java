package io.canrun.gateway.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Bad questions against the packaged application: problem+json, never a 500. */
@QuarkusIntegrationTest
class AnswerBadInputIT extends AnswerBadInputTest {}
