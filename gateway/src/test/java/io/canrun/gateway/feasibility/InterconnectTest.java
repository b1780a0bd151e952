package io.canrun.gateway.feasibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Collective times from one-direction link bandwidth and the ring factor. */
class InterconnectTest {

  @Test
  void ringAllReduceSendsTwiceSevenEighthsOverHalfTheBidirectionalLink() {
    // H100: NVLink 900 GB/s in both directions together, so 450 GB/s each way. 1 MB over 8
    // ranks: 10 us + 2 x 7/8 x 1e6 / 450e9 s = 13.89 us.
    Interconnect links = new Interconnect(Specs.h100(), EngineConstants.DEFAULTS, 10, 8);
    assertThat(links.allReduce(1e6, 8)).isCloseTo(13.889e-6, within(1e-9));
    assertThat(links.allReduce(1e6, 1)).isZero();
    // All-to-all: each rank sends 7/8 of its data.
    assertThat(links.allToAll(1e6, 8)).isCloseTo(10e-6 + 7.0 / 8 * 1e6 / 450e9, within(1e-12));
  }

  @Test
  void groupsBeyondTheNodeUseTheScaleOutNetworkAndPcieCardsUsePcie() {
    Interconnect links = new Interconnect(Specs.h100(), EngineConstants.DEFAULTS, 10, 8);
    // 16 ranks cross nodes: 50 GB/s per chip (400 Gb/s).
    assertThat(links.allReduce(1e6, 16))
        .isCloseTo(10e-6 + 2 * 15.0 / 16 * 1e6 / 50e9, within(1e-12));
    Interconnect pcie = new Interconnect(Specs.rtx4090(), EngineConstants.DEFAULTS, 10, 8);
    assertThat(pcie.hop(1e6, false)).isCloseTo(10e-6 + 1e6 / 32e9, within(1e-12));
  }
}
