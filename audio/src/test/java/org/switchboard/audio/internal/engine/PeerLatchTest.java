package org.switchboard.audio.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class PeerLatchTest {
  private static final InetSocketAddress NEGOTIATED = new InetSocketAddress("127.0.0.20", 4000);
  private static final InetSocketAddress OTHER = new InetSocketAddress("127.0.0.1", 4000);
  private static final InetSocketAddress STRANGER = new InetSocketAddress("127.0.0.1", 5000);

  private PeerLatch negotiated() {
    PeerLatch latch = new PeerLatch(NEGOTIATED);
    latch.reset(NEGOTIATED);
    return latch;
  }

  @Test
  void theFirstValidPacketFromTheNegotiatedAddressLatchesItsPort() {
    PeerLatch latch = negotiated();
    InetSocketAddress natted = new InetSocketAddress("127.0.0.20", 4100);
    assertThat(latch.accept(natted)).isTrue();
    latch.confirm(natted, 10);
    assertThat(latch.target(NEGOTIATED)).isEqualTo(natted);
    assertThat(latch.accept(NEGOTIATED)).isFalse();
    assertThat(latch.dropped()).isEqualTo(1);
  }

  @Test
  void anotherAddressLatchesOnlyAfterARunOfPacketsInSequence() {
    PeerLatch latch = negotiated();
    for (int seq = 100; seq < 110; seq++) { // interleaved with a stranger: no run
      assertThat(latch.accept(OTHER)).isTrue();
      latch.confirm(OTHER, seq);
      latch.confirm(STRANGER, seq * 7);
    }
    assertThat(latch.target(NEGOTIATED)).isEqualTo(NEGOTIATED);
    for (int seq = 200; seq < 200 + PeerLatch.STRICT_RUN - 1; seq++) {
      latch.confirm(OTHER, seq);
    }
    assertThat(latch.target(NEGOTIATED)).isEqualTo(NEGOTIATED);
    latch.confirm(OTHER, 200 + PeerLatch.STRICT_RUN - 1);
    assertThat(latch.target(NEGOTIATED)).isEqualTo(OTHER);
    assertThat(latch.accept(STRANGER)).isFalse();
  }

  @Test
  void rtcpFollowsTheHostRtpLatchedTo() {
    PeerLatch rtp = negotiated();
    PeerLatch rtcp = new PeerLatch(NEGOTIATED, rtp);
    rtcp.reset(new InetSocketAddress("127.0.0.20", 4001));
    for (int seq = 0; seq < PeerLatch.STRICT_RUN; seq++) {
      rtp.confirm(OTHER, seq);
    }
    InetSocketAddress otherRtcp = new InetSocketAddress("127.0.0.1", 4001);
    assertThat(rtcp.accept(otherRtcp)).isTrue();
    rtcp.confirm(otherRtcp, -1);
    assertThat(rtcp.target(NEGOTIATED)).isEqualTo(otherRtcp);
  }

  @Test
  void withoutNegotiationNothingFromElsewhereIsTaken() {
    PeerLatch latch = new PeerLatch(NEGOTIATED);
    assertThat(latch.accept(OTHER)).isFalse();
    assertThat(latch.accept(NEGOTIATED)).isTrue();
  }
}
