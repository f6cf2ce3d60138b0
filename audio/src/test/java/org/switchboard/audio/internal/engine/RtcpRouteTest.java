package org.switchboard.audio.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where RTCP travels for each combination of multiplexing and DTLS-SRTP (ADR 23). */
class RtcpRouteTest {
  @Test
  void multiplexedRtcpSharesTheRtpPortWithOrWithoutDtls() {
    assertThat(RtcpRoute.of(true, false)).isEqualTo(RtcpRoute.MUXED);
    assertThat(RtcpRoute.of(true, true)).isEqualTo(RtcpRoute.MUXED);
  }

  @Test
  void withoutMultiplexingPlainAndSdesCallsUseTheirOwnPortAndDtlsCallsSendNone() {
    assertThat(RtcpRoute.of(false, false)).isEqualTo(RtcpRoute.OWN_PORT);
    assertThat(RtcpRoute.of(false, true)).isEqualTo(RtcpRoute.NONE);
  }
}
