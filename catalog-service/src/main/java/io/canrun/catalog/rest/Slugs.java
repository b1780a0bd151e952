package io.canrun.catalog.rest;

/** The one spelling rule for catalog identifiers. */
final class Slugs {

  static final String PATTERN = "^[a-z0-9][a-z0-9.-]{1,62}$";
  static final String MESSAGE =
      "must be 2-63 characters of lower-case letters, digits, '.' and '-', starting with a letter or digit";

  private Slugs() {}
}
