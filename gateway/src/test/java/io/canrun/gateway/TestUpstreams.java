package io.canrun.gateway;

import io.canrun.testsupport.JwtKeysResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every gateway test application talks to the stubbed upstreams. */
@QuarkusTestResource(Upstreams.class)
@QuarkusTestResource(JwtKeysResource.class)
final class TestUpstreams {
  private TestUpstreams() {}
}
