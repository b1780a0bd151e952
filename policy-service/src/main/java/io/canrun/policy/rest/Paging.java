package io.canrun.policy.rest;

/** Page-size bounds shared by every listing (documented in OpenAPI). */
final class Paging {

  static final int MAX_SIZE = 300;
  static final String DEFAULT_SIZE = "50";

  private Paging() {}
}
