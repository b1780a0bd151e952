package io.canrun.catalog.model;

/** Who a chip is designed and marketed for; export rules (3A090 Note 2) turn on it. */
public enum MarketSegment {
  DATACENTER,
  CONSUMER,
  WORKSTATION
}
