package io.canrun.catalog.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Systems, models and compatibility evidence (writes, ETags, filters) against the packaged
 * application.
 */
@QuarkusIntegrationTest
class SystemModelEvidenceIT extends SystemModelEvidenceTest {}
