package io.canrun.catalog;

import io.canrun.testsupport.JwtKeysResource;
import io.canrun.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test application of this module gets a fresh "catalog" database and the test JWT keys. */
@QuarkusTestResource(
    value = PostgresResource.class,
    initArgs = @ResourceArg(name = "database", value = "catalog"))
@QuarkusTestResource(JwtKeysResource.class)
final class TestDatabase {
  private TestDatabase() {}
}
