package io.canrun.gateway.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/**
 * Every catalog chip's TPP and performance density as policy-service computes them on {@code asOf},
 * its class, and the thresholds of the vintage in force: what a chart of the 3A090 lines needs.
 * {@code stale} is true when the catalog copy could not be confirmed.
 */
@RegisterForReflection
public record Thresholds(
    LocalDate asOf,
    String vintage,
    boolean stale,
    List<Region> regions,
    List<Qualification> qualifications,
    List<ReviewBand> reviewBands,
    List<Chip> chips) {

  /**
   * Where one prong puts a chip in its class: a rectangle in TPP × performance density (a null
   * bound is open). {@code alsoRequires} lists the prong's tests on other quantities, which a
   * two-axis chart cannot show (e.g. the 2022 interconnect test).
   */
  @RegisterForReflection
  public record Region(
      String clause,
      @JsonProperty("class") String eccnClass,
      Range tpp,
      Range performanceDensity,
      List<String> tests,
      List<String> alsoRequires,
      String citation) {}

  /** {@code min ≤ value < max} as the tests put it; a null end is open. */
  @RegisterForReflection
  public record Range(Double min, Double max) {}

  /** A clause that qualifies the prongs without being one (an exemption, a scope note). */
  @RegisterForReflection
  public record Qualification(
      String clause, String kind, List<String> tests, String note, String citation) {}

  /**
   * A licence review band drawn on the same axes: items of {@code appliesToClass} below both
   * figures. {@code inForce} says whether it applies on {@code asOf}. Memory bandwidth is not on
   * the chart's axes, so {@code memoryBandwidthBelowGBps} is stated beside it.
   */
  @RegisterForReflection
  public record ReviewBand(
      String name,
      String appliesToClass,
      String appliesTo,
      LocalDate effectiveFrom,
      boolean inForce,
      double tppBelow,
      double memoryBandwidthBelowGBps,
      String citation,
      String sourceUrl) {}

  /**
   * One catalog chip. {@code unknown} names the figures that could not be computed (tpp,
   * performanceDensity); such a chip cannot be placed on the chart. {@code notes} are
   * policy-service's (the arithmetic, or what is missing).
   */
  @RegisterForReflection
  public record Chip(
      String slug,
      String name,
      String vendor,
      @JsonProperty("class") String eccnClass,
      Double tpp,
      String tppPrecision,
      Double performanceDensity,
      Double memoryBandwidthGBps,
      List<String> unknown,
      List<String> notes) {}
}
