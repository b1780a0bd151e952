package io.canrun.policy.engine;

/**
 * Who an item is designed or marketed for. 3A090 Note 2 turns on "designed or marketed for use in
 * datacenters"; workstation cards are treated as not designed for datacenters (an assumption the
 * classification states).
 */
public enum MarketSegment {
  DATACENTER,
  WORKSTATION,
  CONSUMER
}
