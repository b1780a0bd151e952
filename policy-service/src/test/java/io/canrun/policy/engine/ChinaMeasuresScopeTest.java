package io.canrun.policy.engine;

import static io.canrun.policy.engine.SeededPolicy.evaluate;
import static io.canrun.policy.engine.SeededPolicy.regime;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * China's measures reach what the reports name: AMD's datacenter accelerators (2025-08-12) and
 * Nvidia's AI chips at customs (2025-10-10), not every product of the two vendors.
 */
class ChinaMeasuresScopeTest {

  private static Verdict china(String item, String asOf) {
    return regime(evaluate(item, "CN", asOf, "US", null), "CN").verdict();
  }

  @Test
  void amdPressureReachesDatacenterAcceleratorsFrom12August2025() {
    assertThat(china("mi300x", "2025-08-11")).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    assertThat(china("mi300x", "2025-08-12")).isEqualTo(Verdict.DISCOURAGED);
  }

  @Test
  void customsChecksReachNvidiaAiChipsNotConsumerCards() {
    assertThat(china("h100-sxm", "2025-10-09")).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    assertThat(china("h100-sxm", "2025-10-10")).isEqualTo(Verdict.DISCOURAGED);
    assertThat(china("rtx-pro-6000", "2025-10-10")).isEqualTo(Verdict.DISCOURAGED);
    assertThat(china("rtx-4090", "2025-10-10")).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
    assertThat(china("rtx-4090d", "2025-10-10")).isEqualTo(Verdict.NO_LICENSE_REQUIRED);
  }
}
