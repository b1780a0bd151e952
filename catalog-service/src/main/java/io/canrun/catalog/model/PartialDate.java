package io.canrun.catalog.model;

/**
 * Release and claim dates are often known only to the year or month ("2022", "2023-12"), so they
 * are ISO 8601 dates truncated to what the source says.
 */
public final class PartialDate {

  public static final String PATTERN =
      "^(19|20)\\d{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$";
  public static final String MESSAGE = "must be a date as YYYY, YYYY-MM or YYYY-MM-DD";

  private PartialDate() {}
}
