package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Runs the screen-pop benchmark small, so that CI exercises it; asserts that it measures, not how
 * fast (timing is for the benchmark run from the README, not for a shared CI machine).
 */
class ScreenPopLatencyBenchTest {
  @Test
  void theBenchmarkMeasuresEveryLookupThroughTheHubSpotConnector() throws Exception {
    ScreenPopLatencyBench.Figures figures = ScreenPopLatencyBench.run(40, 4, 50, 8);

    assertThat(figures.lookups()).isEqualTo(40);
    assertThat(figures.p50()).isGreaterThanOrEqualTo(50); // the stand-in CRM waits 50 ms
    assertThat(figures.p50()).isLessThanOrEqualTo(figures.p95());
    assertThat(figures.p95()).isLessThanOrEqualTo(figures.p99());
    assertThat(figures.p99()).isLessThanOrEqualTo(figures.max());
  }
}
